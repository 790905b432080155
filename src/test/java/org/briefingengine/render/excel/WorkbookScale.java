package org.briefingengine.render.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.InputDigest;
import org.briefingengine.analysis.OverlapMatrix;
import org.briefingengine.analysis.TopicTrendTable;
import org.briefingengine.model.Actor;
import org.briefingengine.model.ActorType;
import org.briefingengine.model.Category;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Forum;
import org.briefingengine.model.ForumKind;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.MeetingLevel;
import org.briefingengine.model.MeetingMode;
import org.briefingengine.model.Names;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Period;
import org.briefingengine.model.RuleAudit;
import org.briefingengine.model.Severity;
import org.briefingengine.model.Source;
import org.briefingengine.model.Topic;

/**
 * Not a test: writes the workbook for a synthetic period of N meetings and prints rows, seconds and peak heap, to
 * check that streaming keeps a large period within a small heap. Run with, for example,
 * {@code java -Xmx256m -cp target/classes:target/test-classes:<dependencies>
 * org.briefingengine.render.excel.WorkbookScale 100000}.
 */
public final class WorkbookScale {

    private static final int FORUMS = 8;
    private static final int ACTORS = 80;
    private static final int TOPICS = 28;

    private WorkbookScale() {
    }

    public static void main(String[] args) throws Exception {
        int meetings = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        BriefingReport report = report(meetings);
        System.gc();
        long baseline = used();
        Path file = Files.createTempFile("workbook-scale-", ".xlsx");
        try {
            AtomicLong sampledPeak = new AtomicLong();
            Thread sampler = sampler(sampledPeak);
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                new WorkbookWriter().write(report, out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            Map<String, Long> rows = rowsPerSheet(file);
            System.out.printf("meetings: %,d (+%,d dated too coarsely)%n", report.meetings().size(),
                    report.imprecise().size());
            System.out.printf("rows written: %,d %s%n", rows.values().stream().mapToLong(Long::longValue).sum(), rows);
            System.out.printf("seconds: %.1f%n", seconds);
            System.out.printf("heap: max %d MB, report alone %d MB, peak while writing %d MB (sampled every 5 ms), "
                    + "%d MB (sum of pool peaks)%n", mb(Runtime.getRuntime().maxMemory()), mb(baseline),
                    mb(sampledPeak.get()), mb(poolPeaks()));
            System.out.printf("file: %,d bytes%n", Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static BriefingReport report(int count) {
        List<Forum> forums = new ArrayList<>();
        for (int f = 0; f < FORUMS; f++) {
            forums.add(new Forum("forum-" + f, new Names(Map.of(Lang.EN, "Forum " + f, Lang.AR, "منتدى " + f),
                    Map.of()), ForumKind.SUMMIT, List.of(), 1, List.of()));
        }
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < ACTORS; a++) {
            actors.add(new Actor("A" + a, ActorType.STATE, "Region " + a % 5,
                    new Names(Map.of(Lang.EN, "Actor " + a, Lang.AR, "الفاعل " + a), Map.of()), List.of()));
        }
        List<Topic> topics = new ArrayList<>();
        for (int t = 0; t < TOPICS; t++) {
            topics.add(new Topic("topic-" + t, Map.of(Lang.EN, "Topic " + t), Map.of(),
                    t % 4 == 0 || t < 4 ? null : "topic-" + (t / 4 * 4)));
        }
        // Three quarters, so the year-only meetings straddle the period and land in the coarsely dated block.
        Period year = Period.range(Period.quarter(2021, 1), Period.quarter(2021, 3));
        List<Meeting> meetings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            meetings.add(meeting(i, count));
        }
        FactSet facts = new FactSet(forums, actors, List.of(), topics, meetings);
        List<Meeting> inPeriod = facts.meetingsIn(year);
        List<Meeting> coarse = facts.meetings().stream().filter(m -> year.straddles(m.start())).toList();
        return new BriefingReport(year, Instant.parse("2026-11-23T06:00:00Z"), "scale", "UNCLASSIFIED",
                InputDigest.of(Map.of("meetings.json", "00"), Map.of("rules.drl", "11")), facts, inPeriod, coarse,
                findings(inPeriod), trend(), overlap(), audit(), Map.of("overlap.minForums", "2"));
    }

    private static Meeting meeting(int i, int count) {
        LocalDate day = LocalDate.of(2021, 1, 1).plusDays((long) i * 273 / count);
        boolean coarse = i % 100 == 99;
        PartialDate start = coarse ? PartialDate.parse("2021") : PartialDate.ofDay(day);
        List<String> chairs = List.of("A" + i % ACTORS, "A" + (i * 7 + 3) % ACTORS);
        List<String> participants = List.of("A" + i % ACTORS, "A" + (i * 7 + 3) % ACTORS, "A" + (i * 13 + 5) % ACTORS,
                "A" + (i * 17 + 11) % ACTORS, "A" + (i * 31 + 2) % ACTORS);
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(null, "https://example.org/meetings/" + i, Lang.EN, "paragraph " + i % 9,
                i % 10 == 0 ? "=cmd|' /C calc'!A0 said the delegate" : "The ministers discussed topic " + i % TOPICS));
        if (i % 2 == 0) {
            sources.add(new Source("seed-" + i % 5 + ".txt", null, Lang.AR, "paragraph 2",
                    "اجتمع الوزراء لمناقشة التعاون متعدد الأطراف " + i));
        }
        return new Meeting("m-" + i, "forum-" + i % FORUMS, "Meeting number " + i + " of forum " + i % FORUMS, start,
                null, "Paris", MeetingMode.IN_PERSON, MeetingLevel.MINISTERIAL, chairs, List.of(), participants,
                List.of(), i % 3 == 0 ? 45 : null, i % 3 == 0 ? "ministers from 45 states" : "",
                List.of("topic-" + i % TOPICS, "topic-" + (i * 3 + 1) % TOPICS), List.of(), List.of(), sources);
    }

    private static List<Finding> findings(List<Meeting> meetings) {
        List<Finding> findings = new ArrayList<>();
        List<String> ids = meetings.stream().map(Meeting::id).toList();
        for (int f = 0; f < 2_000; f++) {
            Category category = Category.values()[f % 4];
            int size = f % 50 == 0 ? 5_000 : 3;
            List<String> evidence = ids.subList(Math.min(f, ids.size()), Math.min(ids.size(), f + size));
            findings.add(new Finding("f-" + f, category == Category.ACTOR ? "bridge-actor" : "rule-" + f % 30, category,
                    Severity.values()[f % 4], f % 7, "Finding number " + f + " about topic " + f % TOPICS + ".",
                    category == Category.ACTOR ? "A" + f % ACTORS : "topic-" + f % TOPICS, "2021",
                    List.of("forum-" + f % FORUMS), category == Category.ACTOR ? List.of("A" + f % ACTORS) : List.of(),
                    evidence, List.of()));
        }
        return findings;
    }

    private static TopicTrendTable trend() {
        List<TopicTrendTable.Row> rows = new ArrayList<>();
        for (int t = 0; t < TOPICS; t++) {
            boolean child = !(t % 4 == 0 || t < 4);
            String family = child ? "topic-" + (t / 4 * 4) : "topic-" + t;
            rows.add(new TopicTrendTable.Row("topic-" + t, family, child, List.of(t, t * 2 % 7, t % 5, t * 3 % 11)));
        }
        return new TopicTrendTable(List.of("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"), rows);
    }

    private static OverlapMatrix overlap() {
        List<String> topics = new ArrayList<>();
        List<List<Integer>> counts = new ArrayList<>();
        for (int t = 0; t < TOPICS; t++) {
            topics.add("topic-" + t);
            List<Integer> row = new ArrayList<>();
            for (int f = 0; f < FORUMS; f++) {
                row.add((t + f) % 3 == 0 ? 0 : t * f % 40);
            }
            counts.add(row);
        }
        List<OverlapMatrix.ForumSimilarity> similar = new ArrayList<>();
        for (int a = 0; a < FORUMS; a++) {
            for (int b = a + 1; b < FORUMS; b++) {
                similar.add(new OverlapMatrix.ForumSimilarity("forum-" + a, "forum-" + b, 0.5, List.of("topic-1")));
            }
        }
        List<String> forums = new ArrayList<>();
        for (int f = 0; f < FORUMS; f++) {
            forums.add("forum-" + f);
        }
        return new OverlapMatrix(topics, forums, counts, similar);
    }

    private static List<RuleAudit> audit() {
        List<RuleAudit> audit = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            audit.add(new RuleAudit("rule-" + r, "rules/r" + r + ".drl", r + 1, "trend", "low", "Rule " + r, r * 10, r,
                    r * 20));
        }
        return audit;
    }

    private static Thread sampler(AtomicLong peak) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Counts the rows of each sheet by scanning the written XML, without loading it. */
    private static Map<String, Long> rowsPerSheet(Path file) throws IOException {
        Map<String, Long> rows = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    rows.put(entry.getName().replaceAll("\\D", ""),
                            count(new BufferedInputStream(zip), "<row ".getBytes(StandardCharsets.US_ASCII)));
                }
            }
        }
        return rows;
    }

    private static long count(InputStream in, byte[] pattern) throws IOException {
        long found = 0;
        int matched = 0;
        for (int b; (b = in.read()) != -1; ) {
            matched = b == pattern[matched] ? matched + 1 : (b == pattern[0] ? 1 : 0);
            if (matched == pattern.length) {
                found++;
                matched = 0;
            }
        }
        return found;
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
