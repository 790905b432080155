package org.briefingengine.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingengine.model.Actor;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Membership;
import org.briefingengine.model.Names;
import org.briefingengine.model.Person;
import org.briefingengine.model.Source;
import org.briefingengine.model.SourceDocument;

/**
 * The facts as rows of the intake workbook's sheets, every field of every record, so that importing the exported
 * workbook gives the same facts back. Lists go one entry per line; a source names the record it supports.
 */
public final class IntakeRows {

    private final List<IntakeRow> rows = new ArrayList<>();

    private IntakeRows() {
    }

    public static List<IntakeRow> of(FactSet facts) {
        IntakeRows out = new IntakeRows();
        facts.meetings().forEach(out::meeting);
        facts.actors().forEach(out::actor);
        facts.forums().forEach(out::forum);
        facts.persons().forEach(out::person);
        facts.register().entries().forEach(out::registered);
        return List.copyOf(out.rows);
    }

    private void meeting(Meeting m) {
        add(IntakeLayout.MEETINGS, cells("id", m.id(), "title", m.title(), "start", m.start().toString(),
                "forum", m.forum(), "end", m.end() == null ? null : m.end().toString(), "place", m.place(),
                "mode", name(m.mode()), "level", m.level() == null ? null : name(m.level()),
                "participantCount", m.participantCount(), "participantNote", m.participantNote(),
                "initiatives", lines(m.initiatives()), "outcomes", lines(m.outcomes()), "edition", m.edition(),
                "people", lines(m.people())));
        m.coChairs().forEach(a -> participation(m, a, "co-chair"));
        m.hosts().forEach(a -> participation(m, a, "host"));
        m.participants().forEach(a -> participation(m, a, "participant"));
        m.roles().forEach((role, actors) -> actors.forEach(a -> participation(m, a, role)));
        m.topics().forEach(t -> add(IntakeLayout.TOPICS, cells("meeting", m.id(), "topic", t,
                "weight", m.topicWeights().get(t))));
        sources(m.id(), null, m.sources());
    }

    private void participation(Meeting m, String actor, String role) {
        add(IntakeLayout.PARTICIPATION, cells("meeting", m.id(), "actor", actor, "role", role));
    }

    private void actor(Actor a) {
        Map<String, Object> cells = cells("id", a.id(), "type", name(a.type()), "region", a.region(),
                "partOf", a.partOf());
        names(cells, a.names());
        add(IntakeLayout.ACTORS, cells);
        for (Membership m : a.memberships()) {
            add(IntakeLayout.MEMBERSHIPS, cells("actor", a.id(), "of", m.of(),
                    "from", m.from() == null ? null : m.from().toString(),
                    "until", m.until() == null ? null : m.until().toString()));
        }
        sources(a.id(), "actor", a.sources());
    }

    private void forum(Forum f) {
        Map<String, Object> cells = cells("id", f.id(), "kind", name(f.kind()), "cadenceYears", f.cadenceYears(),
                "convenors", lines(f.convenors()), "members", lines(f.members()),
                "recordedSince", f.recordedSince() == null ? null : f.recordedSince().toString(),
                "manyPerDay", f.manyPerDay() ? Boolean.TRUE : null);
        names(cells, f.names());
        add(IntakeLayout.FORUMS, cells);
        sources(f.id(), "forum", f.sources());
    }

    private void person(Person p) {
        Map<String, Object> cells = cells("id", p.id(), "role", p.role(), "affiliation", p.affiliation());
        names(cells, p.names());
        add(IntakeLayout.PERSONS, cells);
        sources(p.id(), "person", p.sources());
    }

    private void registered(SourceDocument d) {
        add(IntakeLayout.REGISTER, cells("document", d.document(), "pointer", d.pointer(), "title", d.title(),
                "titleEnglish", d.titleEnglish(), "publisher", d.publisher(), "date", d.date(), "url", d.url(),
                "reference", d.reference(), "language", d.language().code()));
        d.glosses().forEach((quote, english) -> add(IntakeLayout.GLOSSES, cells("document", d.document(),
                "pointer", d.pointer(), "quote", quote, "english", english)));
    }

    /** The sources of one record; {@code kind} is null for a meeting, the sheet's default. */
    private void sources(String record, String kind, List<Source> sources) {
        for (Source s : sources) {
            add(IntakeLayout.SOURCES, cells("record", record, "document", s.document(), "url", s.url(),
                    "language", s.language().code(), "pointer", s.pointer(), "quote", s.quote(),
                    "recordKind", kind));
        }
    }

    private static void names(Map<String, Object> cells, Names names) {
        for (String code : IntakeLayout.LANGUAGES) {
            Lang lang = Lang.valueOf(code.toUpperCase(Locale.ROOT));
            names.in(lang).ifPresent(name -> cells.put("name-" + code, name));
            put(cells, "aliases-" + code, lines(names.aliasesIn(lang)));
        }
    }

    private void add(String sheet, Map<String, Object> cells) {
        rows.add(new IntakeRow(sheet, cells));
    }

    /** Header-value pairs; empty values are left out, as an empty cell. */
    private static Map<String, Object> cells(Object... pairs) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            put(cells, (String) pairs[i], pairs[i + 1]);
        }
        return cells;
    }

    private static void put(Map<String, Object> cells, String header, Object value) {
        if (value != null && !(value instanceof String text && text.isEmpty())) {
            cells.put(header, value);
        }
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
