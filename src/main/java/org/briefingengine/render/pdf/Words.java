package org.briefingengine.render.pdf;

/** Counts as a reader says them: "1 meeting", "2 meetings", "no meeting". */
final class Words {

    private Words() {
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
