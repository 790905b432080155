package org.briefingengine.engine.facts;

/**
 * The period under report, one per session. {@code phrase} is how statements name it ("in the fourth quarter of
 * 2021", "across the whole record"); {@code words} and {@code previousWords} name the period and the one before in
 * words. {@code yearAgoLag} is the lag of the same window a year earlier (4 for a quarter, 1 for a year, 0 when there
 * is none); {@code comparable} is false for {@code all}, where there is no earlier period to compare with, so
 * comparison rules stay silent. {@code startYear} and {@code endYear} are the calendar years it starts and ends in;
 * {@code endsAtYearEnd} is true when it ends on 31 December; {@code firstQuarter} is the quarter it starts with
 * ({@code 2021-Q4}): a meeting in an earlier quarter lies wholly before it.
 */
public record ReportWindow(String period, String phrase, String kind, String previous, int yearAgoLag,
                           boolean comparable, String words, String previousWords, int startYear, int endYear,
                           boolean endsAtYearEnd, String firstQuarter) {

    /** The windows trends compare: the period (lag 0) and, when comparable, the one before and the one a year back. */
    public java.util.List<Integer> comparedLags() {
        return comparable ? java.util.stream.Stream.of(0, 1, yearAgoLag).distinct().toList() : java.util.List.of(0);
    }
}
