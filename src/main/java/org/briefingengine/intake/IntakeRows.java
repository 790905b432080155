package org.briefingengine.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.briefingengine.model.Actor;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;

/** The facts as rows of the intake workbook's sheets, in the order of {@link IntakeLayout}'s columns. */
public final class IntakeRows {

    private IntakeRows() {
    }

    public static Map<String, List<List<Object>>> of(FactSet facts) {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        List<List<Object>> meetings = new ArrayList<>();
        List<List<Object>> participation = new ArrayList<>();
        List<List<Object>> topics = new ArrayList<>();
        List<List<Object>> sources = new ArrayList<>();
        for (Meeting m : facts.meetings()) {
            meetings.add(Arrays.asList(m.id(), m.title(), m.start().toString(), m.forum(),
                    m.end() == null ? null : m.end().toString(), m.place(), name(m.mode()),
                    m.level() == null ? null : name(m.level()), m.participantCount(), m.participantNote(),
                    String.join("\n", m.initiatives()), String.join("\n", m.outcomes()), m.edition()));
            m.coChairs().forEach(a -> participation.add(List.of(m.id(), a, "co-chair")));
            m.hosts().forEach(a -> participation.add(List.of(m.id(), a, "host")));
            m.participants().forEach(a -> participation.add(List.of(m.id(), a, "participant")));
            m.roles().forEach((role, actors) -> actors.forEach(a -> participation.add(List.of(m.id(), a, role))));
            m.topics().forEach(t -> topics.add(Arrays.asList(m.id(), t, m.topicWeights().get(t))));
            m.sources().forEach(s -> sources.add(Arrays.asList(m.id(), s.document(), s.url(), s.language().code(),
                    s.pointer(), s.quote())));
        }
        rows.put(IntakeLayout.MEETINGS, meetings);
        rows.put(IntakeLayout.PARTICIPATION, participation);
        rows.put(IntakeLayout.TOPICS, topics);
        rows.put(IntakeLayout.SOURCES, sources);
        rows.put(IntakeLayout.ACTORS, facts.actors().stream().map(IntakeRows::actor).toList());
        rows.put(IntakeLayout.FORUMS, facts.forums().stream().map(IntakeRows::forum).toList());
        return rows;
    }

    private static List<Object> actor(Actor a) {
        return Arrays.asList(a.id(), name(a.type()), a.region(), a.names().en(), a.names().in(Lang.FR).orElse(null),
                a.names().in(Lang.AR).orElse(null), a.partOf().isEmpty() ? null : a.partOf());
    }

    private static List<Object> forum(Forum f) {
        return Arrays.asList(f.id(), name(f.kind()), f.names().en(), f.names().in(Lang.FR).orElse(null),
                f.names().in(Lang.AR).orElse(null), f.cadenceYears(), String.join("\n", f.convenors()),
                String.join("\n", f.members()), f.recordedSince() == null ? null : f.recordedSince().toString());
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
