package org.briefingengine.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.briefingengine.ingest.Problems;
import org.briefingengine.intake.ImportMapping.ActorTable;
import org.briefingengine.intake.ImportMapping.MeetingTable;
import org.briefingengine.intake.ImportMapping.RoleColumn;
import org.briefingengine.intake.ImportMapping.RoleTable;
import org.briefingengine.intake.ImportMapping.TopicTable;
import org.briefingengine.model.Lang;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Source;

/**
 * Turns CSV tables into fact files by a mapping. The meetings table is read first (one row, one meeting); topic and
 * role tables are then streamed row by row onto those meetings, so only the meetings being built are held, never a
 * file. Rows that cannot be used are counted and reported with their row numbers.
 */
public final class CsvImporter {

    /** The actor types fact files accept, as they write them ({@code negotiating-coalition}). */
    private static final List<String> ACTOR_TYPES = java.util.Arrays.stream(org.briefingengine.model.ActorType.values())
            .map(IntakeRows::name).toList();

    /**
     * Imports {@code data} (the meetings CSV, or a folder holding the tables the mapping names) into {@code out}.
     * Problems with the mapping itself (unknown fields, a column no table has) come back in {@code problems} with
     * the mapping's line and column, and nothing is written.
     */
    public ImportSummary importTables(Path data, Path mappingFile, Path out, Problems problems) {
        var mapping = new MappingReader(problems).read(mappingFile);
        if (mapping.isEmpty() || problems.hasErrors()) {
            return ImportSummary.none();
        }
        ImportMapping m = mapping.get();
        Path folder = Files.isDirectory(data) ? data : data.toAbsolutePath().getParent();
        Path meetingsFile = Files.isDirectory(data) ? folder.resolve(Objects.requireNonNullElse(m.meetings().file(), ""))
                : data;
        Map<String, Map<String, Integer>> headers = new LinkedHashMap<>();
        checkColumns(m, meetingsFile, folder, headers, problems);
        if (problems.hasErrors()) {
            return ImportSummary.none();
        }
        Rejects rejects = new Rejects();
        List<String> counts = new ArrayList<>();
        Map<String, MeetingDraft> drafts = new LinkedHashMap<>();
        Map<String, ActorDraft> actors = new LinkedHashMap<>();
        try {
            readMeetings(m, meetingsFile, headers.get(meetingsFile.toString()), drafts, rejects, counts);
            for (TopicTable t : m.topicTables()) {
                Path file = folder.resolve(t.file());
                stream(file, headers.get(file.toString()), m, rejects, counts, "topics", row -> {
                    MeetingDraft meeting = meetingOf(row, t.meeting(), drafts, rejects, file);
                    String topic = row.single(t.topic());
                    Double weight = weight(row, t.weight(), rejects);
                    if (meeting == null || topic == null || (t.weight() != null && weight == null)) {
                        return false;
                    }
                    meeting.topics.add(topic);
                    if (weight != null) {
                        meeting.weights.merge(topic, weight, Double::sum);
                    }
                    return true;
                });
            }
            for (RoleTable r : m.roleTables()) {
                Path file = folder.resolve(r.file());
                stream(file, headers.get(file.toString()), m, rejects, counts, "actors in roles", row -> {
                    MeetingDraft meeting = meetingOf(row, r.meeting(), drafts, rejects, file);
                    String actor = row.single(r.actor());
                    String role = row.single(r.role());
                    if (meeting == null || actor == null || role == null) {
                        return false;
                    }
                    meeting.addRole(role, actor);
                    return true;
                });
            }
            for (ActorTable a : m.actorTables()) {
                Path file = folder.resolve(a.file());
                stream(file, headers.get(file.toString()), m, rejects, counts, "actor rows",
                        row -> actor(row, a, actors, rejects));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + e.getMessage(), e);
        }
        FactFilesWriter.Written written = new FactFilesWriter(out).write(m, drafts.values(), actors.values());
        return new ImportSummary(counts, rejects.lines(), written, rejects.unmatchedLines());
    }

    private void readMeetings(ImportMapping m, Path file, Map<String, Integer> header, Map<String, MeetingDraft> drafts,
                              Rejects rejects, List<String> counts) throws IOException {
        MeetingTable t = m.meetings();
        stream(file, header, m, rejects, counts, "meetings", row -> {
            String id = row.single(t.id());
            String forum = row.single(t.forum());
            String title = row.single(t.title());
            PartialDate start = date(row, t.start(), rejects);
            PartialDate end = t.end() == null ? null : date(row, t.end(), rejects);
            if (id == null || forum == null || title == null || start == null
                    || (t.end() != null && end == null && !row.raw(t.end().column()).isEmpty())) {
                if (title == null && t.title().template() == null) {
                    rejects.add(row.at(t.title().column()), "no title: the column is blank");
                }
                return false;
            }
            if (drafts.containsKey(id)) {
                rejects.add(row.at(t.id().columns().get(0)), "duplicate meeting id '" + id + "': the first row wins");
                return false;
            }
            String mode = t.mode() == null ? "unknown" : Objects.requireNonNullElse(row.single(t.mode()), "unknown");
            MeetingDraft draft = new MeetingDraft(id, forum, title, start, end, row.single(t.place()), mode,
                    source(row, t, file));
            row.many(t.topics()).forEach(draft.topics::add);
            for (RoleColumn rc : t.roles()) {
                String role = row.single(rc.role());
                if (role != null) {
                    row.many(rc.actors()).forEach(actor -> draft.addRole(role, actor));
                }
            }
            drafts.put(id, draft);
            return true;
        });
    }

    /** An actor made from a row; its type must be one fact files know. The first row for an id makes it. */
    private static boolean actor(TableRow row, ActorTable a, Map<String, ActorDraft> actors, Rejects rejects) {
        String id = row.single(a.id());
        if (id == null || actors.containsKey(id)) {
            return id != null;
        }
        String type = a.type() == null ? "state" : row.single(a.type());
        String typeColumn = a.type() == null || a.type().columns().isEmpty() ? a.id().columns().get(0)
                : a.type().columns().get(0);
        if (type == null && a.type().template() == null && row.raw(typeColumn).isEmpty()) {
            rejects.add(row.at(typeColumn), "no actor type: the column is blank");
        } else if (type != null && !ACTOR_TYPES.contains(type)) {
            rejects.add(row.at(typeColumn), "actor type '" + type + "' is not one of " + String.join(", ", ACTOR_TYPES)
                    + ": map it with a value map");
        }
        if (type == null || !ACTOR_TYPES.contains(type)) {
            return false;
        }
        String name = row.single(a.name());
        actors.put(id, new ActorDraft(id, name == null ? id : name, type, row.single(a.region())));
        return true;
    }

    private static Source source(TableRow row, MeetingTable t, Path file) {
        var s = t.source();
        String document = Objects.requireNonNullElse(row.single(s.document()), file.getFileName().toString());
        Lang language = Lang.valueOf(s.language().toUpperCase(java.util.Locale.ROOT));
        return new Source(document, row.single(s.url()), language, row.single(s.pointer()), row.single(s.quote()));
    }

    /** A weight above 0; null (and a reject) when the column holds something else. */
    private static Double weight(TableRow row, ValueSpec spec, Rejects rejects) {
        String text = row.single(spec);
        if (spec == null || text == null) {
            return null;
        }
        try {
            double weight = Double.parseDouble(text);
            if (weight > 0 && Double.isFinite(weight)) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        rejects.add(row.at(spec.columns().get(0)), "weight '" + text + "' is not a number above 0");
        return null;
    }

    private static PartialDate date(TableRow row, DateSpec spec, Rejects rejects) {
        String text = row.raw(spec.column());
        if (text.isEmpty()) {
            rejects.add(row.at(spec.column()), "no date: the column is blank");
            return null;
        }
        try {
            return spec.parse(text);
        } catch (IllegalArgumentException e) {
            rejects.add(row.at(spec.column()), e.getMessage());
            return null;
        }
    }

    private static MeetingDraft meetingOf(TableRow row, ValueSpec meeting, Map<String, MeetingDraft> drafts,
                                          Rejects rejects, Path file) {
        String id = row.single(meeting);
        MeetingDraft draft = id == null ? null : drafts.get(id);
        if (id != null && draft == null) {
            rejects.add(row.at(meeting.columns().get(0)), "no meeting '" + id + "' in the meetings table");
        }
        return draft;
    }

    /** A row handler: true when the row was used. */
    private interface RowHandler {
        boolean use(TableRow row);
    }

    private static void stream(Path file, Map<String, Integer> header, ImportMapping m, Rejects rejects,
                               List<String> counts, String what, RowHandler handler) throws IOException {
        TableRow row = new TableRow(file.getFileName(), header, m.maps(), rejects);
        int read = 0;
        int used = 0;
        try (CsvReader csv = CsvReader.open(file)) {
            for (List<String> values = csv.next(); values != null; values = csv.next()) {
                read++;
                row.load(values, csv.row());
                if (handler.use(row)) {
                    used++;
                } else {
                    rejects.rowRejected(file.getFileName().toString());
                }
            }
        }
        counts.add(file.getFileName() + ": " + read + " rows read, " + used + " " + what + " imported, "
                + (read - used) + " rejected");
    }

    /** Every column the mapping names must be in its table's header: reported at the mapping's line and column. */
    private static void checkColumns(ImportMapping m, Path meetingsFile, Path folder,
                                     Map<String, Map<String, Integer>> headers, Problems problems) {
        MeetingTable t = m.meetings();
        List<ValueSpec> meetingSpecs = new ArrayList<>(Stream.of(t.id(), t.forum(), t.title(), t.place(), t.mode(),
                t.topics()).toList());
        t.roles().forEach(r -> {
            meetingSpecs.add(r.role());
            meetingSpecs.add(r.actors());
        });
        if (t.source() != null) {
            meetingSpecs.addAll(Stream.of(t.source().document(), t.source().url(), t.source().pointer(),
                    t.source().quote()).toList());
        }
        List<String> dateColumns = Stream.of(t.start(), t.end()).filter(Objects::nonNull).map(DateSpec::column).toList();
        List<String> datePointers = Stream.of(t.start(), t.end()).filter(Objects::nonNull).map(DateSpec::pointer)
                .toList();
        check(m, meetingsFile, t.pointer() + "/file", meetingSpecs, headers, problems);
        var header = headers.get(meetingsFile.toString());
        for (int i = 0; header != null && i < dateColumns.size(); i++) {
            missing(m, meetingsFile, header, dateColumns.get(i), datePointers.get(i), problems);
        }
        m.topicTables().forEach(tt -> check(m, folder.resolve(tt.file()), tt.pointer() + "/file",
                java.util.Arrays.asList(tt.meeting(), tt.topic(), tt.weight()), headers, problems));
        m.roleTables().forEach(rt -> check(m, folder.resolve(rt.file()), rt.pointer() + "/file",
                List.of(rt.meeting(), rt.actor(), rt.role()), headers, problems));
        m.actorTables().forEach(at -> check(m, folder.resolve(at.file()), at.pointer() + "/file",
                java.util.Arrays.asList(at.id(), at.name(), at.type(), at.region()), headers, problems));
    }

    private static void check(ImportMapping m, Path file, String filePointer, List<ValueSpec> specs,
                              Map<String, Map<String, Integer>> headers, Problems problems) {
        Map<String, Integer> header = headers.computeIfAbsent(file.toString(), f -> header(file));
        if (header == null) {
            headers.remove(file.toString());
            problems.at(m.document(), filePointer, "cannot read the table " + file + ": check the file name and the"
                    + " data folder");
            return;
        }
        for (ValueSpec spec : specs) {
            if (spec != null) {
                spec.columns().forEach(column -> missing(m, file, header, column, spec.pointer(), problems));
            }
        }
    }

    private static void missing(ImportMapping m, Path file, Map<String, Integer> header, String column, String pointer,
                                Problems problems) {
        if (!header.containsKey(column)) {
            problems.at(m.document(), pointer, "column '" + column + "' is not in " + file.getFileName()
                    + org.briefingengine.model.Suggestions.didYouMean(column, header.keySet()) + "; its columns are "
                    + String.join(", ", header.keySet()));
        }
    }

    private static Map<String, Integer> header(Path file) {
        try (CsvReader csv = CsvReader.open(file)) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            List<String> names = csv.header();
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i).strip(), i);
            }
            return columns;
        } catch (IOException e) {
            return null;
        }
    }
}
