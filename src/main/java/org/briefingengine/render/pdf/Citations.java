package org.briefingengine.render.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Meeting;

/**
 * Short keys (M1, M2 …) for every meeting the pack cites, in the order the sources annex lists them: the period's
 * meetings, those dated too coarsely to place, then earlier meetings that findings cite as evidence.
 */
final class Citations {

    final List<Meeting> inPeriod;
    final List<Meeting> imprecise;
    final List<Meeting> earlier;
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();

    private Citations(List<Meeting> inPeriod, List<Meeting> imprecise, List<Meeting> earlier) {
        this.inPeriod = inPeriod;
        this.imprecise = imprecise;
        this.earlier = earlier;
        for (List<Meeting> group : List.of(inPeriod, imprecise, earlier)) {
            group.forEach(m -> keys.putIfAbsent(m.id(), "M" + (keys.size() + 1)));
        }
    }

    static Citations of(BriefingReport report) {
        Set<String> listed = new LinkedHashSet<>();
        report.meetings().forEach(m -> listed.add(m.id()));
        report.imprecise().forEach(m -> listed.add(m.id()));
        Set<String> cited = new LinkedHashSet<>();
        report.findings().stream().map(Finding::meetings).forEach(cited::addAll);
        if (report.sinceLast() != null) {
            report.sinceLast().removed().forEach(f -> cited.addAll(f.meetings()));
            report.sinceLast().changed().forEach(c -> cited.addAll(c.before().meetings()));
        }
        List<Meeting> earlier = new ArrayList<>(report.facts().meetings().stream()
                .filter(m -> cited.contains(m.id()) && !listed.contains(m.id())).toList());
        earlier.sort(Comparator.comparing(Meeting::start).thenComparing(Meeting::id));
        return new Citations(report.meetings(), report.imprecise(), earlier);
    }

    /** Notes that the pack printed these meetings' keys, so the sources annex must list them. */
    void use(List<String> meetingIds) {
        used.addAll(meetingIds);
    }

    /** Whether the pack printed the meeting's key so far. */
    boolean used(String meetingId) {
        return used.contains(meetingId);
    }

    /** The key of a meeting, or its id when the pack does not list it. */
    String key(String meetingId) {
        return keys.getOrDefault(meetingId, meetingId);
    }

    /** The meeting ids without repeats, in the order of their keys; unlisted ids last. */
    List<String> inKeyOrder(List<String> meetingIds) {
        return meetingIds.stream().distinct().sorted(Comparator.comparingInt(this::order)).toList();
    }

    private int order(String meetingId) {
        String key = keys.get(meetingId);
        return key == null ? Integer.MAX_VALUE : Integer.parseInt(key.substring(1));
    }
}
