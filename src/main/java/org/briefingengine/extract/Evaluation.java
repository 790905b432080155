package org.briefingengine.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.PartialDate;

/**
 * Compares drafts with hand-made facts read from the same articles (the meetings whose sources cite the article):
 * precision and recall per field. A draft matches a hand-made meeting when their dates overlap; among candidates,
 * the same forum and then the same start date win.
 */
public final class Evaluation {

    /** One row of the table: what was drafted, what was expected, how much of it agrees. */
    public record Row(String field, int agreed, int drafted, int expected) {
        public double precision() {
            return drafted == 0 ? 1 : (double) agreed / drafted;
        }

        public double recall() {
            return expected == 0 ? 1 : (double) agreed / expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A draft and the hand-made meeting it was matched with. */
    public record Pair(DraftMeeting draft, Meeting gold) { }

    /** The table and the hand-made meetings no draft matched. */
    public record Report(List<Row> rows, List<Pair> pairs, List<Meeting> missed, int fieldsWithoutQuote) {
        public Row row(String field) {
            return rows.stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
        }
    }

    public Report evaluate(List<Extraction> extractions, FactSet gold) {
        List<Pair> pairs = new ArrayList<>();
        List<DraftMeeting> drafts = new ArrayList<>();
        List<Meeting> expected = new ArrayList<>();
        List<Meeting> missed = new ArrayList<>();
        int withoutQuote = 0;
        for (Extraction e : extractions) {
            List<Meeting> golds = gold.meetings().stream().filter(m -> m.sources().stream()
                    .anyMatch(s -> e.article().document().equals(s.document()))).toList();
            drafts.addAll(e.meetings());
            expected.addAll(golds);
            List<Pair> matched = match(e.meetings(), golds);
            pairs.addAll(matched);
            golds.stream().filter(g -> matched.stream().noneMatch(p -> p.gold() == g)).forEach(missed::add);
            withoutQuote += (int) e.meetings().stream().flatMap(m -> m.fields().stream())
                    .filter(f -> !quoted(e.article(), f.evidence())).count();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("meetings found", pairs.size(), drafts.size(), expected.size()));
        rows.add(scalar("forum", pairs, drafts, expected, d -> d.value("forum").orElse(null), Meeting::forum));
        rows.add(scalar("date (exact)", pairs, drafts, expected, Evaluation::draftDate, Evaluation::goldDate));
        rows.add(scalar("date precision", pairs, drafts, expected,
                d -> d.value("start").map(s -> PartialDate.parse(s).precision().name()).orElse(null),
                g -> g.start().precision().name()));
        rows.add(scalar("place", pairs, drafts, expected, d -> d.value("place").orElse(null),
                g -> g.place().isEmpty() ? null : g.place()));
        rows.add(scalar("mode", pairs, drafts, expected, d -> d.value("mode").orElse(null),
                g -> g.mode().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        rows.add(set("co-chairs", pairs, drafts, expected, d -> d.values("coChairs"), Meeting::coChairs));
        rows.add(set("hosts", pairs, drafts, expected, d -> d.values("hosts"), Meeting::hosts));
        rows.add(set("co-chairs + hosts", pairs, drafts, expected, d -> union(d.values("coChairs"), d.values("hosts")),
                g -> union(g.coChairs(), g.hosts())));
        rows.add(set("participants", pairs, drafts, expected, d -> d.values("participants"), Meeting::participants));
        rows.add(set("topics", pairs, drafts, expected, d -> d.values("topics"), Meeting::topics));
        return new Report(rows, pairs, missed, withoutQuote);
    }

    private static boolean quoted(Article article, Evidence evidence) {
        return !evidence.quote().isBlank() && evidence.end() <= article.text().length()
                && article.quote(evidence.start(), evidence.end()).equals(evidence.quote());
    }

    private static List<Pair> match(List<DraftMeeting> drafts, List<Meeting> golds) {
        List<Pair> pairs = new ArrayList<>();
        Set<Meeting> taken = new HashSet<>();
        List<DraftMeeting> ordered = new ArrayList<>(drafts);
        for (int round = 0; round < 2; round++) {
            for (DraftMeeting d : new ArrayList<>(ordered)) {
                Meeting best = null;
                int bestScore = -1;
                for (Meeting g : golds) {
                    if (taken.contains(g) || !overlaps(d, g)) {
                        continue;
                    }
                    int score = (Objects.equals(d.value("forum").orElse(null), g.forum()) ? 2 : 0)
                            + (Objects.equals(d.value("start").orElse(null), g.start().toString()) ? 1 : 0);
                    if (score > bestScore && (round == 1 || score >= 2)) {
                        best = g;
                        bestScore = score;
                    }
                }
                if (best != null) {
                    taken.add(best);
                    pairs.add(new Pair(d, best));
                    ordered.remove(d);
                }
            }
        }
        return pairs;
    }

    private static boolean overlaps(DraftMeeting d, Meeting g) {
        PartialDate start = PartialDate.parse(d.value("start").orElseThrow());
        LocalDate end = d.value("end").map(PartialDate::parse).map(PartialDate::latest).orElse(start.latest());
        LocalDate goldEnd = g.endDate().map(PartialDate::latest).orElse(g.start().latest());
        return !start.earliest().isAfter(goldEnd) && !g.start().earliest().isAfter(end);
    }

    private static String draftDate(DraftMeeting d) {
        String start = d.value("start").orElse(null);
        String end = d.value("end").filter(e -> !e.equals(start)).orElse(null);
        return end == null ? start : start + "/" + end;
    }

    private static String goldDate(Meeting g) {
        String start = g.start().toString();
        String end = g.endDate().map(PartialDate::toString).filter(e -> !e.equals(start)).orElse(null);
        return end == null ? start : start + "/" + end;
    }

    private static Row scalar(String field, List<Pair> pairs, List<DraftMeeting> drafts, List<Meeting> golds,
                              Function<DraftMeeting, String> draftValue, Function<Meeting, String> goldValue) {
        int agreed = (int) pairs.stream().filter(p -> draftValue.apply(p.draft()) != null
                && draftValue.apply(p.draft()).equals(goldValue.apply(p.gold()))).count();
        int drafted = (int) drafts.stream().filter(d -> draftValue.apply(d) != null).count();
        int expected = (int) golds.stream().filter(g -> goldValue.apply(g) != null).count();
        return new Row(field, agreed, drafted, expected);
    }

    private static Row set(String field, List<Pair> pairs, List<DraftMeeting> drafts, List<Meeting> golds,
                           Function<DraftMeeting, List<String>> draftValues, Function<Meeting, List<String>> goldValues) {
        int agreed = pairs.stream().mapToInt(p -> {
            Set<String> both = new HashSet<>(draftValues.apply(p.draft()));
            both.retainAll(new HashSet<>(goldValues.apply(p.gold())));
            return both.size();
        }).sum();
        int drafted = drafts.stream().mapToInt(d -> new HashSet<>(draftValues.apply(d)).size()).sum();
        int expected = golds.stream().mapToInt(g -> new HashSet<>(goldValues.apply(g)).size()).sum();
        return new Row(field, agreed, drafted, expected);
    }

    private static String difference(String field, List<String> drafted, List<String> expected) {
        List<String> missing = expected.stream().filter(v -> !drafted.contains(v)).toList();
        List<String> extra = drafted.stream().filter(v -> !expected.contains(v)).distinct().toList();
        return (missing.isEmpty() ? "" : " " + field + " missing " + missing + ";")
                + (extra.isEmpty() ? "" : " " + field + " extra " + extra + ";");
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The table as fixed-width text, one row per field. */
    public static String table(Report report) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s %9s %7s %6s   %s%n",
                "Field", "Precision", "Recall", "F1", "agreed / drafted / expected"));
        for (Row r : report.rows()) {
            out.append(String.format(Locale.ROOT, "%-20s %8.0f%% %6.0f%% %5.0f%%   %d / %d / %d%n", r.field(),
                    100 * r.precision(), 100 * r.recall(), 100 * r.f1(), r.agreed(), r.drafted(), r.expected()));
        }
        out.append("Draft fields without an exact quote: ").append(report.fieldsWithoutQuote()).append('\n');
        for (Pair p : report.pairs()) {
            String diff = difference("co-chairs", p.draft().values("coChairs"), p.gold().coChairs())
                    + difference("hosts", p.draft().values("hosts"), p.gold().hosts())
                    + difference("participants", p.draft().values("participants"), p.gold().participants())
                    + difference("topics", p.draft().values("topics"), p.gold().topics());
            String dates = draftDate(p.draft()).equals(goldDate(p.gold())) ? ""
                    : " date " + draftDate(p.draft()) + " (expected " + goldDate(p.gold()) + ");";
            String place = p.draft().value("place").orElse("").equals(p.gold().place()) ? ""
                    : " place '" + p.draft().value("place").orElse("") + "' (expected '" + p.gold().place() + "');";
            if (!(diff + dates + place).isEmpty()) {
                out.append(p.draft().id()).append(" ~ ").append(p.gold().id()).append(':').append(dates).append(place)
                        .append(diff).append('\n');
            }
        }
        if (!report.missed().isEmpty()) {
            out.append("Hand-made meetings no draft matched: ")
                    .append(String.join(", ", report.missed().stream().map(Meeting::id).toList())).append('\n');
        }
        return out.toString();
    }
}
