package org.briefingengine.intake;

import java.util.List;

/**
 * The intake workbook's sheets and columns, the one definition the template, the export and the reader share. Each
 * column names the fact field it fills, a note for the analyst, and the register its drop-down list comes from.
 */
public final class IntakeLayout {

    public static final String MEETINGS = "Meetings";
    public static final String PARTICIPATION = "Participation";
    public static final String TOPICS = "Topics";
    public static final String SOURCES = "Sources";
    public static final String ACTORS = "Actors";
    public static final String FORUMS = "Forums";
    public static final String PERSONS = "Persons";
    public static final String MEMBERSHIPS = "Memberships";
    public static final String REGISTER = "Register";
    public static final String GLOSSES = "Glosses";
    public static final String LISTS = "Lists";

    /** A column: its header, the field it fills, a note, and the list (a column of the Lists sheet) or null. */
    public record Column(String header, String note, String list) {
    }

    public record Sheet(String name, List<Column> columns) {
        public int index(String header) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).header().equals(header)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no column " + header + " in " + name);
        }
    }

    private static final List<Column> NAMES = List.of(
            new Column("name-en", "Name in English.", null),
            new Column("name-fr", "Name in French, or empty.", null),
            new Column("name-ar", "Name in Arabic, or empty.", null));

    private static final List<Column> ALIASES = List.of(aliases("en", "English"), aliases("fr", "French"),
            aliases("ar", "Arabic"));

    public static final List<Sheet> SHEETS = List.of(
            new Sheet(MEETINGS, List.of(
                    new Column("id", "Meeting id, lower-case with hyphens: pp-2021-11-forum.", null),
                    new Column("title", "Title as the source gives it.", null),
                    new Column("start", "Start date: an Excel date, or text 2021-10-13, 2021-10, 2021-Q4 or 2021"
                            + " (Eastern Arabic digits are fine).", null),
                    new Column("forum", "Forum id: pick from the list.", "forums"),
                    new Column("end", "End date, as start; leave empty for a one-day meeting.", null),
                    new Column("place", "City and country, or empty.", null),
                    new Column("mode", "in-person, virtual, hybrid or unknown.", "modes"),
                    new Column("level", "heads-of-state, ministerial, senior-officials or technical; may be empty.",
                            "levels"),
                    new Column("participantCount", "A count when the source gives only a count.", null),
                    new Column("participantNote", "What the source says about who took part.", null),
                    new Column("initiatives", "Initiatives launched or discussed, one per line.", null),
                    new Column("outcomes", "Outcome documents, one per line.", null),
                    new Column("edition", "Its number in the forum's series (4 for the 4th edition), or empty.",
                            null),
                    new Column("people", "Ids of the persons (Persons sheet) named at it, one per line.", null))),
            new Sheet(PARTICIPATION, List.of(
                    new Column("meeting", "Meeting id from the Meetings sheet.", null),
                    new Column("actor", "Actor id: pick from the list.", "actors"),
                    new Column("role", "Role from rules/roles.json: co-chair, host, participant, voted-yes…", "roles"))),
            new Sheet(TOPICS, List.of(
                    new Column("meeting", "Meeting id from the Meetings sheet.", null),
                    new Column("topic", "Topic id from the taxonomy: pick from the list.", "topics"),
                    new Column("weight", "How much of the meeting the topic took (agenda items, sections), or empty.",
                            null))),
            new Sheet(SOURCES, List.of(
                    new Column("record", "Id of the record the source supports: a meeting (Meetings sheet), or the"
                            + " actor, forum or person that 'recordKind' names.", null),
                    new Column("document", "Seed file name or document title; or leave empty and give a url.", null),
                    new Column("url", "Address of the source.", null),
                    new Column("language", "en, fr or ar.", "languages"),
                    new Column("pointer", "Where in the source: paragraph 18.", null),
                    new Column("quote", "A short quote that supports the facts.", null),
                    new Column("recordKind", "meeting, actor, forum or person; empty means meeting.",
                            "recordKinds"))),
            new Sheet(ACTORS, columns(
                    new Column("id", "ISO alpha-3 for states, acronym for organisations.", null),
                    new Column("type", "Actor type: pick from the list.", "actorTypes"),
                    new Column("region", "Region, or empty.", null),
                    NAMES,
                    new Column("partOf", "Id of the organisation it is part of (OHCHR: UN), or empty.", "actors"),
                    ALIASES)),
            new Sheet(MEMBERSHIPS, List.of(
                    new Column("actor", "Actor id (Actors sheet) of the member.", "actors"),
                    new Column("of", "Actor id of the group it belongs to (AOSIS: G77).", "actors"),
                    new Column("from", "When the membership began, as precise as known (1991, 2004-05); or empty.",
                            null),
                    new Column("until", "When it ended; empty while it lasts.", null))),
            new Sheet(FORUMS, columns(
                    new Column("id", "Forum id, lower-case with hyphens.", null),
                    new Column("kind", "Forum kind: pick from the list.", "forumKinds"),
                    NAMES,
                    new Column("cadenceYears", "How often it meets: 1 yearly, 2 biennial, 0 irregular.", null),
                    new Column("convenors", "Actor ids of its convenors, one per line.", null),
                    new Column("members", "Actor ids of its members, one per line (members are never 'new').", null),
                    new Column("recordedSince", "When the record of its meetings starts: 2017 or 2017-06.", null),
                    ALIASES,
                    new Column("manyPerDay", "true when it takes many decisions a day, each its own meeting (UN"
                            + " General Assembly roll calls), so meetings of one day are not duplicates; else empty.",
                            "booleans"))),
            new Sheet(PERSONS, columns(
                    new Column("id", "Person id, lower-case with hyphens: jean-yves-le-drian.", null),
                    NAMES,
                    new Column("role", "Office held: Minister for Europe and Foreign Affairs.", null),
                    new Column("affiliation", "Actor id of whom the person speaks for.", "actors"),
                    ALIASES)),
            new Sheet(REGISTER, List.of(
                    new Column("document", "A document the Sources rows cite, as they name it.", null),
                    new Column("pointer", "Empty for the whole document; or the start of the Sources pointers this"
                            + " entry is for (one file of several public records).", null),
                    new Column("title", "Its title, in its own language.", null),
                    new Column("titleEnglish", "The title in English when it is in another language.", null),
                    new Column("publisher", "Who published it; 'unknown' when the document does not say.", null),
                    new Column("date", "When it was published, as the document gives it; or 'undated, …'.", null),
                    new Column("url", "Its address, or empty.", null),
                    new Column("reference", "How a reader finds it (a symbol, an archive, a saved copy).", null),
                    new Column("language", "en, fr or ar.", "languages"))),
            new Sheet(GLOSSES, List.of(
                    new Column("document", "The Register entry's document.", null),
                    new Column("pointer", "The Register entry's pointer (empty if it has none).", null),
                    new Column("quote", "A quote as the Sources rows copy it.", null),
                    new Column("english", "Its English, for readers of the briefing.", null))));

    /** Sheets a workbook made before they existed may lack; the others must be there. */
    public static final List<String> OPTIONAL_SHEETS = List.of(MEMBERSHIPS, PERSONS, REGISTER, GLOSSES);

    /** The languages names and aliases are given in, as column suffixes: {@code name-ar}, {@code aliases-ar}. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    /** Columns and lists of columns, in order, as one list. */
    private static List<Column> columns(Object... parts) {
        List<Column> columns = new java.util.ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Column column) {
                columns.add(column);
            } else {
                ((List<?>) part).forEach(c -> columns.add((Column) c));
            }
        }
        return List.copyOf(columns);
    }

    private static Column aliases(String lang, String language) {
        return new Column("aliases-" + lang, "Other names in " + language + " (EEAS for the EU), one per line.", null);
    }

    /**
     * Review columns that {@code extract --workbook} writes after the layout's columns on the Participation and
     * Topics sheets (one value per row): the value's quote, paragraph and confidence. The reader reads only the
     * layout's columns, so an import ignores them. Values on the Meetings sheet carry the same as a cell note.
     */
    public static final List<Column> REVIEW = List.of(
            new Column("quote", "Review: the exact passage the value was read from.", null),
            new Column("paragraph", "Review: the paragraph of the article that holds the quote.", null),
            new Column("confidence", "Review: high (stated), medium (from context) or low (assumed).", null));

    public static final List<String> REVIEWED_ROWS = List.of(PARTICIPATION, TOPICS);

    private IntakeLayout() {
    }

    public static Sheet sheet(String name) {
        return SHEETS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
