package org.briefingengine.extract.text;

/**
 * One word of a text: where it is ({@code start} inclusive, {@code end} exclusive, in characters), its normalised
 * form (lower case, Western digits, Arabic letters unified, diacritics and tatweel removed) and its light stem.
 */
public record Token(int index, int start, int end, String norm, String stem) {

    public boolean isNumber() {
        return !norm.isEmpty() && norm.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public int number() {
        return Integer.parseInt(norm);
    }

    public boolean isArabic() {
        return !norm.isEmpty() && Character.UnicodeScript.of(norm.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }
}
