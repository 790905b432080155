package org.briefingengine.render.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Actor;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Person;

/**
 * Every actor seen in the period's meetings with its reach across forums; actors a bridge rule named are
 * flagged with the finding ids.
 */
final class ActorsSheet {

    private static final int FIRST_FORUM_COLUMN = 5;

    private final BriefingReport report;
    private final Directory directory;

    ActorsSheet(BriefingReport report, Directory directory) {
        this.report = report;
        this.directory = directory;
    }

    void write(SheetWriter sheet) {
        List<String> forums = report.forumsThatMet();
        List<String> headers = new ArrayList<>(List.of("Actor id", "English name", "Arabic name", "Type", "Region"));
        headers.addAll(forums);
        headers.addAll(List.of("Meetings", "Forums", "Co-chaired", "Bridge finding"));
        sheet.cap(1, 40);
        sheet.cap(2, 40);
        int header = sheet.header(headers);
        Map<String, List<String>> bridges = bridgeFindings();
        for (ActorIndex.Entry actor : new ActorIndex(report.meetings()).ranked()) {
            RowWriter row = sheet.row().text(actor.id).wrapped(directory.englishName(actor.id))
                    .rtl(directory.arabicName(actor.id)).text(type(actor.id)).text(region(actor.id));
            forums.forEach(f -> row.integer(actor.meetingsIn(f)));
            row.integer(actor.meetings).integer(actor.forums()).integer(actor.coChaired);
            List<String> flagged = bridges.getOrDefault(actor.id, List.of());
            row.text(String.join(", ", flagged), flagged.isEmpty() ? sheet.book.styles.text : sheet.book.styles.marker);
        }
        sheet.colourScale(header + 1, sheet.rowIndex() - 1, FIRST_FORUM_COLUMN, FIRST_FORUM_COLUMN + forums.size() - 1);
        sheet.freeze(2);
        sheet.table("Actors");
        if (report.meetings().isEmpty()) {
            sheet.note(SummarySheet.NO_MEETINGS);
        }
    }

    /** Actor findings from rules about bridging forums, by the actor they name. */
    private Map<String, List<String>> bridgeFindings() {
        Map<String, List<String>> byActor = new HashMap<>();
        for (Finding f : report.findingsIn(Category.ACTOR)) {
            if (f.rule().toLowerCase(Locale.ROOT).contains("bridge")) {
                List<String> named = f.actors().isEmpty() ? List.of(f.subject()) : f.actors();
                named.forEach(id -> byActor.computeIfAbsent(id, k -> new ArrayList<>()).add(f.id()));
            }
        }
        return byActor;
    }

    private String type(String id) {
        Actor actor = directory.actor(id);
        if (actor != null) {
            return actor.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        Person person = directory.person(id);
        if (person != null) {
            return person.role().isEmpty() ? "person" : "person: " + person.role();
        }
        return "unknown id";
    }

    private String region(String id) {
        Actor actor = directory.actor(id);
        if (actor != null) {
            return actor.region();
        }
        Person person = directory.person(id);
        return person == null ? "" : "affiliation: " + person.affiliation();
    }
}
