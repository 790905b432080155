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

    /**
     * The label of the time the windows {@code lags} back cover, from the start of the farthest to the end of the
     * nearest, as quarters ("2014-Q1..2017-Q4", which reads "2014–2017"; "2020-Q3..2021-Q2"): each window is as long as
     * the period. Empty when there are no lags, or for {@code all}, which has no windows before it.
     */
    public String spanOfLags(java.util.Collection<? extends Number> lags) {
        if (!comparable || lags.isEmpty()) {
            return "";
        }
        int nearest = lags.stream().mapToInt(Number::intValue).min().getAsInt();
        int farthest = lags.stream().mapToInt(Number::intValue).max().getAsInt();
        int first = quarterIndex(firstQuarter);
        int last = quarterIndex(period.contains("..") ? period.substring(period.indexOf("..") + 2)
                : kind.equals("year") ? period + "-Q4" : period);
        int length = last - first + 1;
        return quarterLabel(first - farthest * length) + ".." + quarterLabel(first - (nearest - 1) * length - 1);
    }

    /**
     * True when the window {@code lag} back is one of the {@code periods} behind a usual share against the window
     * {@code against} back: against the period before (1), lags 2 to {@code 1 + periods}; against the same quarter a
     * year before ({@code yearAgoLag}), that quarter in the {@code periods} years before it (lags 8, 12, … for a
     * quarter).
     */
    public boolean inBaseline(int against, Number periods, int lag) {
        int step = against == 1 ? 1 : against;
        return lag >= 2 * against && lag <= against + step * periods.intValue() && lag % step == 0;
    }

    /** The label of the time the usual share against {@code against} covers: {@link #spanOfLags} or {@link #yearsOfLags}. */
    public String baselineSpan(int against, java.util.Collection<? extends Number> lags) {
        return against == 1 ? spanOfLags(lags) : yearsOfLags(lags);
    }

    /**
     * The label of the calendar years the windows {@code lags} back fall in, from the farthest to the nearest
     * ("2014-Q1..2017-Q4", which reads "2014–2017"): for the same quarter in earlier years. Empty as
     * {@link #spanOfLags} is.
     */
    public String yearsOfLags(java.util.Collection<? extends Number> lags) {
        String span = spanOfLags(lags);
        if (span.isEmpty()) {
            return "";
        }
        int last = span.indexOf("..") + 2;
        return span.substring(0, 4) + "-Q1.." + span.substring(last, last + 4) + "-Q4";
    }

    private static int quarterIndex(String quarter) {
        return Integer.parseInt(quarter.substring(0, 4)) * 4 + Integer.parseInt(quarter.substring(6)) - 1;
    }

    private static String quarterLabel(int index) {
        return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
    }
}
