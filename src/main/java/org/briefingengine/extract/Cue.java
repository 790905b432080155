package org.briefingengine.extract;

/**
 * A cue found in the text: its kind as named in {@code rules/extract/} ("meeting", "coChair", "mode:virtual",
 * "month", "ordinal", …), the number it carries (month, ordinal, count word; 0 otherwise) and where it is.
 */
public record Cue(String kind, int value, int from, int to, int start, int end, int sentence, boolean occasion) {

    /** The same cue found at a place in a text. */
    Cue at(int from, int to, int start, int end, int sentence) {
        return new Cue(kind, value, from, to, start, end, sentence, false);
    }

    Cue inOccasion() {
        return new Cue(kind, value, from, to, start, end, sentence, true);
    }
}
