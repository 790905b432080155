package org.briefingengine.render.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.IdPair;
import org.briefingengine.model.Meeting;

/** Who co-chaired each meeting, beside how often each pair of co-chairs chaired together in the period. */
final class CoChairsSheet {

    /** A pair's meeting list is cut here; the count column still has them all. */
    private static final int LISTED_MEETINGS = 20;

    private final BriefingReport report;
    private final Directory directory;

    CoChairsSheet(BriefingReport report, Directory directory) {
        this.report = report;
        this.directory = directory;
    }

    /** Two co-chairs (ids in order) and the meetings and forums they chaired together. */
    private record Pair(String a, String b, List<String> meetings, TreeSet<String> forums) {
        String key() {
            return a + " + " + b;
        }
    }

    void write(SheetWriter sheet) {
        List<Meeting> chaired = report.meetings().stream().filter(m -> !m.coChairs().isEmpty()).toList();
        List<Pair> pairs = pairs(chaired);
        Map<String, List<String>> pairFindings = pairFindings();
        sheet.cap(4, 45);
        sheet.cap(7, 45);
        sheet.cap(9, 30);
        sheet.cap(10, 40);
        Blocks.write(sheet, List.of(
                new Blocks.Block("MeetingCoChairs", List.of("Meeting id", "Forum id", "Start", "Co-chairs",
                        "Co-chair names"), chaired.size(), (i, row) -> {
                    Meeting m = chaired.get(i);
                    row.text(m.id()).text(m.forum()).date(m.start()).list(m.coChairs())
                            .list(m.coChairs().stream().map(this::name).toList());
                }, report.meetings().isEmpty() ? SummarySheet.NO_MEETINGS : "No co-chairs recorded."),
                new Blocks.Block("CoChairPairs", List.of("Co-chair pair", "Names", "Meetings together", "Forums",
                        "Meeting ids", "Finding"), pairs.size(), (i, row) -> {
                    Pair p = pairs.get(i);
                    row.text(p.key()).wrapped(name(p.a()) + " + " + name(p.b())).integer(p.meetings().size())
                            .list(List.copyOf(p.forums())).wrapped(listed(p.meetings()))
                            .text(String.join(", ", pairFindings.getOrDefault(p.key(), List.of())));
                }, "No meeting had two or more co-chairs.")));
        sheet.freeze(1);
    }

    private static List<Pair> pairs(List<Meeting> meetings) {
        Map<String, Pair> pairs = new TreeMap<>();
        for (Meeting m : meetings) {
            for (IdPair chairs : IdPair.allOf(m.coChairs())) {
                Pair pair = pairs.computeIfAbsent(chairs.first() + " + " + chairs.second(),
                        k -> new Pair(chairs.first(), chairs.second(), new ArrayList<>(), new TreeSet<>()));
                pair.meetings().add(m.id());
                pair.forums().add(m.forum());
            }
        }
        return pairs.values().stream().sorted(Comparator.comparingInt((Pair p) -> -p.meetings().size())
                .thenComparing(Pair::key)).toList();
    }

    /** Actor findings naming exactly two actors, by the pair they name (recurring co-chair rules). */
    private Map<String, List<String>> pairFindings() {
        Map<String, List<String>> byPair = new HashMap<>();
        for (Finding f : report.findingsIn(Category.ACTOR)) {
            TreeSet<String> actors = new TreeSet<>(f.actors());
            if (actors.size() == 2) {
                byPair.computeIfAbsent(actors.first() + " + " + actors.last(), k -> new ArrayList<>()).add(f.id());
            }
        }
        return byPair;
    }

    private String name(String id) {
        String en = directory.englishName(id);
        return en.isEmpty() ? id : en;
    }

    private static String listed(List<String> ids) {
        if (ids.size() <= LISTED_MEETINGS) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, LISTED_MEETINGS)) + " and " + (ids.size() - LISTED_MEETINGS) + " more";
    }
}
