package org.briefingengine.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Source;

/** A meeting being assembled from its row and the rows of linked tables; topics and actors kept once each. */
final class MeetingDraft {

    final String id;
    final String forum;
    final String title;
    final PartialDate start;
    final PartialDate end;
    final String place;
    final String mode;
    final Source source;
    final Set<String> topics = new LinkedHashSet<>();
    final Map<String, Set<String>> roles = new TreeMap<>();
    final Map<String, Double> weights = new TreeMap<>();

    MeetingDraft(String id, String forum, String title, PartialDate start, PartialDate end, String place, String mode,
                 Source source) {
        this.id = id;
        this.forum = forum;
        this.title = title;
        this.start = start;
        this.end = end;
        this.place = place;
        this.mode = mode;
        this.source = source;
    }

    void addRole(String role, String actor) {
        roles.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(actor);
    }

    /** The actors of a role sorted by id, so the written file does not depend on row order. */
    Map<String, List<String>> sortedRoles() {
        Map<String, List<String>> sorted = new TreeMap<>();
        roles.forEach((role, actors) -> sorted.put(role, new ArrayList<>(new java.util.TreeSet<>(actors))));
        return sorted;
    }
}
