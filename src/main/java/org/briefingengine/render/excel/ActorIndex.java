package org.briefingengine.render.excel;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.briefingengine.model.Meeting;

/** Who took part in the period's meetings (as co-chair, host, participant or named person), per forum. */
final class ActorIndex {

    /** One actor's meetings per forum and how often it co-chaired. */
    static final class Entry {
        final String id;
        final Map<String, Integer> meetingsByForum = new TreeMap<>();
        int meetings;
        int coChaired;

        Entry(String id) {
            this.id = id;
        }

        int forums() {
            return meetingsByForum.size();
        }

        int meetingsIn(String forum) {
            return meetingsByForum.getOrDefault(forum, 0);
        }
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    ActorIndex(List<Meeting> meetings) {
        for (Meeting m : meetings) {
            Set<String> present = new LinkedHashSet<>(m.coChairs());
            present.addAll(m.hosts());
            present.addAll(m.participants());
            present.addAll(m.people());
            for (String id : present) {
                Entry entry = entries.computeIfAbsent(id, Entry::new);
                entry.meetingsByForum.merge(m.forum(), 1, Integer::sum);
                entry.meetings++;
            }
            m.coChairs().stream().distinct().forEach(id -> entries.get(id).coChaired++);
        }
    }

    /** Widest reach first: most forums, then most meetings, then id. */
    List<Entry> ranked() {
        return entries.values().stream().sorted(Comparator.comparingInt((Entry e) -> -e.forums())
                .thenComparingInt(e -> -e.meetings).thenComparing(e -> e.id)).toList();
    }
}
