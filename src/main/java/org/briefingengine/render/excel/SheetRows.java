package org.briefingengine.render.excel;

import java.util.HashMap;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Meeting;

/**
 * Where each meeting's row is on the Meetings sheet and its first source on the Sources sheet, so findings can link to
 * them. Both sheets put their header on row 0 and list the period's meetings, then the coarsely dated ones.
 */
record SheetRows(Map<String, Integer> meetings, Map<String, Integer> sources) {

    static SheetRows of(BriefingReport report) {
        Map<String, Integer> meetings = new HashMap<>();
        Map<String, Integer> sources = new HashMap<>();
        int meetingRow = 1;
        int sourceRow = 1;
        for (Meeting m : concat(report)) {
            meetings.putIfAbsent(m.id(), meetingRow++);
            if (!m.sources().isEmpty()) {
                sources.putIfAbsent(m.id(), sourceRow);
            }
            sourceRow += m.sources().size();
        }
        return new SheetRows(meetings, sources);
    }

    private static java.util.List<Meeting> concat(BriefingReport report) {
        java.util.List<Meeting> all = new java.util.ArrayList<>(report.meetings());
        all.addAll(report.imprecise());
        return all;
    }
}
