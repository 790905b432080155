package org.briefingengine.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefingengine.model.DatePrecision;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.PartialDate;

/** What the record holds of each forum, and when each is next expected to meet: last meeting plus cadence. */
final class OutlookSection {

    static final String KEY = "outlook";
    static final String TITLE = "Outlook";

    private final Pack pack;

    OutlookSection(Pack pack) {
        this.pack = pack;
    }

    void write() {
        pack.section(KEY);
        Blocks blocks = pack.blocks;
        pack.add(blocks.note("What the record holds of each forum up to the end of " + pack.period() + ", and when "
                + "it is next expected to meet: its last meeting plus the cadence its fact file declares. Years "
                + "without a meeting are years the cadence implies but the record lacks (a meeting at any level counts; "
                + "a numbered edition held late is a finding). An expectation, not an announcement."));
        PdfPTable table = blocks.table(new String[] {"Forum", "Meets", "Meetings", "First", "Last",
            "Years without a meeting", "Next expected"}, 3.0f, 1.5f, 1.6f, 1.5f, 1.5f, 1.8f, 2.2f);
        LocalDate end = pack.report.period().end();
        Map<String, List<Meeting>> heldBy = heldByForum(pack.report.facts().meetings(), end);
        for (Forum forum : pack.report.facts().forums()) {
            List<Meeting> held = heldBy.getOrDefault(forum.id(), List.of());
            table.addCell(blocks.smallCell(pack.labels.forum(forum.id())));
            table.addCell(blocks.smallCell(cadence(forum.cadenceYears())));
            table.addCell(blocks.number(held.size(), blocks.small));
            if (held.isEmpty()) {
                table.addCell(blocks.smallCell("—"));
                table.addCell(blocks.smallCell("—"));
                table.addCell(blocks.smallCell("—"));
                table.addCell(blocks.smallCell("unknown"));
                continue;
            }
            PartialDate last = held.get(held.size() - 1).start();
            table.addCell(blocks.smallCell(held.get(0).start().toString()));
            table.addCell(blocks.smallCell(last.toString()));
            table.addCell(blocks.smallCell(missing(held, forum.cadenceYears())));
            table.addCell(blocks.smallCell(next(last, forum.cadenceYears(), end)));
        }
        pack.add(table);
    }

    /**
     * Each forum's meetings up to {@code end}, in record order, from one pass over the record: a pass per forum was
     * 500 forums × a million meetings, done for each of the PDF's layout passes.
     */
    static Map<String, List<Meeting>> heldByForum(List<Meeting> meetings, LocalDate end) {
        Map<String, List<Meeting>> byForum = new HashMap<>();
        for (Meeting m : meetings) {
            if (!m.start().earliest().isAfter(end)) {
                byForum.computeIfAbsent(m.forum(), f -> new ArrayList<>()).add(m);
            }
        }
        return byForum;
    }

    /** Years between the first and last meeting in which the cadence implies a meeting the record lacks. */
    static String missing(List<Meeting> held, int cadenceYears) {
        if (held.size() < 2 || cadenceYears == 0) {
            return cadenceYears == 0 ? "not applicable" : "none";
        }
        Set<Integer> years = new TreeSet<>();
        held.forEach(m -> years.add(m.start().year()));
        int first = held.get(0).start().year();
        int last = held.get(held.size() - 1).start().year();
        List<Integer> gaps = new ArrayList<>();
        for (int y = first + cadenceYears; y < last; y += cadenceYears) {
            if (!years.contains(y)) {
                gaps.add(y);
            }
        }
        if (gaps.isEmpty()) {
            return "none";
        }
        String listed = String.join(", ", gaps.stream().limit(4).map(String::valueOf).toList());
        return gaps.size() > 4 ? listed + " and " + (gaps.size() - 4) + " more" : listed;
    }

    static String cadence(int years) {
        return switch (years) {
            case 0 -> "irregularly";
            case 1 -> "every year";
            case 2 -> "every two years";
            default -> "every " + years + " years";
        };
    }

    /** "around November 2022", "in 2023", or "overdue: expected in 2019" when the record shows no later meeting. */
    static String next(PartialDate last, int cadenceYears, LocalDate periodEnd) {
        if (cadenceYears == 0) {
            return "no date to expect";
        }
        LocalDate expected = last.earliest().plusYears(cadenceYears);
        String when = last.precision() == DatePrecision.DAY || last.precision() == DatePrecision.MONTH
                ? "around " + Labels.monthYear(expected) : "in " + expected.getYear();
        if (expected.getYear() < periodEnd.getYear()
                || expected.getYear() == periodEnd.getYear() && !expected.isAfter(periodEnd)
                && last.precision() != DatePrecision.YEAR) {
            return "overdue: expected " + when;
        }
        return when;
    }
}
