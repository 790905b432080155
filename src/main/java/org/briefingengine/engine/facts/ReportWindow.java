package org.briefingengine.engine.facts;

/**
 * The period under report, one per session. {@code phrase} is how statements name it ("in 2021-Q4", "across the
 * whole record"). {@code yearAgoLag} is the lag of the same window a year earlier (4 for a quarter, 1 for a year, 0
 * when there is none); {@code comparable} is false for {@code all}, where there is no earlier period to compare with,
 * so trend and first-time rules stay silent.
 */
public record ReportWindow(String period, String phrase, String kind, String previous, int yearAgoLag,
                           boolean comparable) {
}
