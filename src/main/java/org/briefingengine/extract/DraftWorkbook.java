package org.briefingengine.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingengine.intake.IntakeRow;
import org.briefingengine.intake.excel.IntakeWorkbookWriter;
import org.briefingengine.intake.ReviewedCell;
import org.briefingengine.model.FactSet;

/**
 * The drafts as an intake workbook, for review in a spreadsheet: each draft meeting on the Meetings sheet (a note on
 * every drafted cell gives its confidence, paragraph and quote), its roles on Participation and its topics on Topics
 * (quote, paragraph and confidence in the columns beside), every passage on Sources. {@code briefing import} reads
 * the reviewed workbook back into fact files. Person ids stay in the JSON drafts: the workbook has no column for them.
 */
public final class DraftWorkbook {

    /** Draft fields that are columns of the Meetings sheet under the same name. */
    private static final Set<String> MEETING_COLUMNS = Set.of("forum", "start", "end", "place", "mode", "level",
            "participantCount");
    private static final Map<String, String> ROLES = Map.of("coChairs", "co-chair", "hosts", "host",
            "participants", "participant");

    public void write(List<Extraction> extractions, FactSet registers, Path out) throws IOException {
        List<IntakeRow> rows = new ArrayList<>();
        for (Extraction e : extractions) {
            for (DraftMeeting m : e.meetings()) {
                rows.add(meetingRow(m));
                for (DraftField f : m.fields()) {
                    String role = ROLES.get(f.field());
                    if (role != null) {
                        rows.add(new IntakeRow("Participation", Map.of("meeting", m.id(), "actor", reviewed(f),
                                "role", role)));
                    } else if (f.field().equals("topics")) {
                        rows.add(new IntakeRow("Topics", Map.of("meeting", m.id(), "topic", reviewed(f))));
                    }
                    rows.add(new IntakeRow("Sources", Map.of("record", m.id(), "document", e.article().document(),
                            "language", e.language().code(), "pointer", DraftWriter.pointer(f),
                            "quote", f.evidence().quote())));
                }
            }
        }
        new IntakeWorkbookWriter().review(registers, rows, out);
    }

    private static IntakeRow meetingRow(DraftMeeting m) {
        Map<String, Object> cells = new HashMap<>();
        cells.put("id", m.id());
        cells.put("title", m.title());
        for (DraftField f : m.fields()) {
            if (MEETING_COLUMNS.contains(f.field())) {
                cells.put(f.field(), f.field().equals("participantCount")
                        ? reviewed(f, Integer.parseInt(f.value())) : reviewed(f, f.value()));
            }
        }
        return new IntakeRow("Meetings", cells);
    }

    private static ReviewedCell reviewed(DraftField f) {
        return reviewed(f, f.value());
    }

    private static ReviewedCell reviewed(DraftField f, Object value) {
        return new ReviewedCell(value, f.evidence().quote(), f.evidence().paragraph(), f.confidence().label());
    }
}
