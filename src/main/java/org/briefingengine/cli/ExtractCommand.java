package org.briefingengine.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefingengine.extract.Article;
import org.briefingengine.extract.ArticleException;
import org.briefingengine.extract.ArticleReader;
import org.briefingengine.extract.CueBook;
import org.briefingengine.extract.CueFileException;
import org.briefingengine.extract.DraftWorkbook;
import org.briefingengine.extract.DraftWriter;
import org.briefingengine.extract.Evaluation;
import org.briefingengine.extract.Extraction;
import org.briefingengine.extract.Extractor;
import org.briefingengine.extract.RegisterFiles;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.Lang;
import org.briefingengine.model.PartialDate;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.PreparedInputs;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code briefing extract}: drafts facts from articles for an analyst to review. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read articles (UTF-8 text or HTML) and write draft meetings, each value with its quote, into a"
                + " drafts folder that 'validate --facts DRAFTS' accepts on its own. Never writes into the facts folder.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Articles to read (.txt or .html).")
    List<Path> articles;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Drafts folder, e.g. drafts/.")
    Path out;

    @Option(names = "--workbook", paramLabel = "FILE", description = "Also write the drafts as an intake workbook"
            + " (.xlsx) with each value's quote, paragraph and confidence beside it; bring it back with 'import'.")
    Path workbook;

    @Option(names = "--lang", defaultValue = "auto", paramLabel = "ar|en|fr|auto",
            description = "Language of the articles (default: ${DEFAULT-VALUE}, guessed per article).")
    String lang;

    @Option(names = "--published", paramLabel = "[ARTICLE=]DATE",
            description = "Publication date (YYYY-MM-DD) that resolves 'today' and 'yesterday': ARTICLE=DATE for one"
                    + " article (file name), DATE alone for all. Repeatable.")
    List<String> published = new ArrayList<>();

    @Option(names = "--evaluate", description = "Compare the drafts with the meetings of the facts folder that cite "
            + "the same articles and print precision and recall per field.")
    boolean evaluate;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
            description = "Measure speed: extract each article N times and print the median time (default: 1).")
    int repeat;

    @ArgGroup(exclusive = false, heading = CommonOptions.HEADING)
    CommonOptions common = new CommonOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** CPU time of this thread: on a busy machine, wall time says more about the other processes. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Clock clock;

    ExtractCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        StageLog log = new StageLog(spec.commandLine().getErr(), common, clock);
        if (repeat < 1) {
            throw new BriefingException(ExitCode.USAGE, "--repeat " + repeat + ": must be 1 or more");
        }
        Lang language = language();
        Map<String, PartialDate> publishedBy = publishedDates();
        refuseFactsFolder();
        long started = System.nanoTime();
        LoadedInputs registers = PreparedInputs.readFacts(common.facts, common.rules, log);
        Extractor extractor = new Extractor(registers.facts(), cues());
        ArticleReader reader = new ArticleReader();
        List<Article> texts = articles.stream().map(file -> read(reader, file)).toList();
        texts.forEach(article -> extractor.prepare(extractor.languageOf(article, language)));
        log.stageDone("extract-ready", millisSince(started), Map.of("actors", registers.facts().actors().size(),
                "articles", texts.size()));
        List<Extraction> extractions = new ArrayList<>();
        for (Article article : texts) {
            List<Long> times = new ArrayList<>();
            List<Long> cpuTimes = new ArrayList<>();
            Extraction e = null;
            for (int run = 0; run < repeat; run++) {
                long t0 = System.nanoTime();
                long cpu0 = CPU.getCurrentThreadCpuTime();
                e = extractor.extract(article, language,
                        publishedBy.getOrDefault(article.document(), publishedBy.get("")));
                times.add((System.nanoTime() - t0) / 1_000_000);
                cpuTimes.add((CPU.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
            }
            extractions.add(e);
            if (!common.quiet) {
                long words = article.text().split("\\s+").length;
                stdout.println(article.document() + " (" + e.language().code() + ", " + words + " words): "
                        + plural(e.meetings().size(), "draft meeting") + ", "
                        + plural(e.proposals().size(), "proposed register entry", "proposed register entries")
                        + ", extracted in " + times.get(0) + " ms (" + cpuTimes.get(0) + " ms CPU)"
                        + (repeat > 1 ? "; median of " + repeat + " runs: " + median(times) + " ms ("
                        + median(cpuTimes) + " ms CPU)" : ""));
            }
        }
        List<Path> written = new ArrayList<>(write(extractions));
        if (workbook != null) {
            writeWorkbook(extractions, registers);
            written.add(workbook);
        }
        if (!common.quiet) {
            stdout.println("Wrote " + plural(written.size(), "file") + " to " + out + "; review " + out.resolve(
                    DraftWriter.REVIEW) + ", then check with: briefing validate --facts " + out);
        }
        if (evaluate) {
            stdout.print(Evaluation.table(new Evaluation().evaluate(extractions, registers.facts())));
        }
        stdout.flush();
        return ErrorPrinter.ok();
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private Lang language() {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "auto" -> null;
            case "ar" -> Lang.AR;
            case "en" -> Lang.EN;
            case "fr" -> Lang.FR;
            default -> throw new BriefingException(ExitCode.USAGE,
                    "--lang " + lang + ": unknown language; use ar, en, fr or auto");
        };
    }

    private Map<String, PartialDate> publishedDates() {
        Map<String, PartialDate> dates = new HashMap<>();
        for (String value : published) {
            int eq = value.lastIndexOf('=');
            String article = eq < 0 ? "" : value.substring(0, eq);
            String date = value.substring(eq + 1);
            try {
                PartialDate parsed = PartialDate.parse(date);
                if (parsed.precision() != org.briefingengine.model.DatePrecision.DAY) {
                    throw new IllegalArgumentException("needs a day");
                }
                dates.put(article.isEmpty() ? "" : Path.of(article).getFileName().toString(), parsed);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new BriefingException(ExitCode.USAGE, "--published " + value
                        + ": not a day; write YYYY-MM-DD or ARTICLE=YYYY-MM-DD");
            }
        }
        return dates;
    }

    private void refuseFactsFolder() {
        Path facts = common.facts.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(facts)) {
            throw new BriefingException(ExitCode.USAGE, "--out " + out + " is inside the facts folder " + facts
                    + ": drafts go to their own folder, e.g. --out drafts/");
        }
    }

    private CueBook cues() {
        try {
            return CueBook.load(common.rules);
        } catch (CueFileException e) {
            throw new BriefingException(ExitCode.RULES, e.getMessage());
        }
    }

    private static Article read(ArticleReader reader, Path file) {
        try {
            return reader.read(file);
        } catch (ArticleException e) {
            throw new BriefingException(ExitCode.USAGE, e.getMessage());
        }
    }

    private List<Path> write(List<Extraction> extractions) {
        try {
            return new DraftWriter().write(extractions, RegisterFiles.in(common.facts), out);
        } catch (UncheckedIOException e) {
            throw new BriefingException(ExitCode.OUTPUT, List.of(out + ": cannot write the drafts ("
                    + e.getCause().getMessage() + "): choose a writable --out folder"), e);
        }
    }

    private void writeWorkbook(List<Extraction> extractions, LoadedInputs registers) {
        try {
            new DraftWorkbook().write(extractions, registers.facts(), workbook);
        } catch (java.io.IOException e) {
            throw new BriefingException(ExitCode.OUTPUT, List.of(workbook + ": cannot write the workbook ("
                    + e.getMessage() + "): choose a writable --workbook file"), e);
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String plural(long n, String word) {
        return plural(n, word, word + "s");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
