package org.briefingengine.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefingengine.model.Actor;
import org.briefingengine.model.ActorType;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;
import org.briefingengine.model.ForumKind;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Names;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Person;
import org.briefingengine.model.Topic;

/**
 * Tiny registers for extraction tests, read with the shipped cue lists of {@code rules/extract/}:
 * {@code registers().actor("FRA", "France", "فرنسا").extract("شاركت فرنسا …")}. Every name is an alias in the
 * language of its script (Arabic or English), which is all the matcher looks at.
 */
final class TinyRegisters {

    private static final CueBook CUES = CueBook.load(Path.of("rules"));

    private final List<Forum> forums = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();

    static TinyRegisters registers() {
        return new TinyRegisters();
    }

    TinyRegisters actor(String id, String... names) {
        actors.add(new Actor(id, ActorType.OTHER, null, names(names), List.of()));
        return this;
    }

    TinyRegisters forum(String id, String... names) {
        forums.add(new Forum(id, names(names), ForumKind.SUMMIT, List.of(), 0, List.of()));
        return this;
    }

    TinyRegisters person(String id, String affiliation, String... names) {
        persons.add(new Person(id, names(names), null, affiliation, List.of()));
        return this;
    }

    TinyRegisters topic(String id, String... synonyms) {
        Names n = names(synonyms);
        topics.add(new Topic(id, Map.of(Lang.EN, id), n.aliases(), null));
        return this;
    }

    FactSet build() {
        return new FactSet(forums, actors, persons, topics, List.of());
    }

    Extraction extract(String text) {
        return extract(text, Lang.AR, null);
    }

    Extraction extract(String text, Lang lang, String published) {
        return new Extractor(build(), CUES).extract(Article.of("test.txt", text), lang,
                published == null ? null : PartialDate.parse(published));
    }

    /** The only draft meeting of {@code text}; fails when there is not exactly one. */
    DraftMeeting meeting(String text) {
        return meeting(text, Lang.AR);
    }

    DraftMeeting meeting(String text, Lang lang) {
        List<DraftMeeting> meetings = extract(text, lang, null).meetings();
        if (meetings.size() != 1) {
            throw new AssertionError("expected one meeting, got " + meetings.size() + ": " + meetings);
        }
        return meetings.get(0);
    }

    private static Names names(String... names) {
        Map<Lang, String> primary = new EnumMap<>(Lang.class);
        Map<Lang, List<String>> aliases = new EnumMap<>(Lang.class);
        primary.put(Lang.EN, names[0]);
        for (String n : names) {
            Lang lang = Character.UnicodeScript.of(n.codePointAt(0)) == Character.UnicodeScript.ARABIC ? Lang.AR
                    : Lang.EN;
            aliases.computeIfAbsent(lang, l -> new ArrayList<>()).add(n);
        }
        return new Names(primary, aliases);
    }
}
