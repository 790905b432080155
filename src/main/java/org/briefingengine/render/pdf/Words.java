package org.briefingengine.render.pdf;

import org.briefingengine.engine.Phrasing;

/** Counts as a table or note says them, in digits: "1 meeting", "2 meetings", "3 parties" (plurals as in the findings). */
final class Words {

    private Words() {
    }

    static String count(long n, String noun) {
        return Phrasing.digits(n) + " " + (n == 1 ? noun : Phrasing.plural(noun));
    }
}
