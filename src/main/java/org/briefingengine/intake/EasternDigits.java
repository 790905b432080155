package org.briefingengine.intake;

/** Arabic-Indic (٠١٢…) and Eastern Arabic-Indic (۰۱۲…) digits read as 0–9, so ٢٠٢١-١٠ is 2021-10. */
public final class EasternDigits {

    private EasternDigits() {
    }

    public static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else if (c == '\u066B' || c == '\u200F' || c == '\u200E') {
                // Arabic decimal separator and direction marks: not part of a date.
                if (c == '\u066B') {
                    out.append('.');
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
