package org.briefingengine.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Period;
import org.briefingengine.render.ReportWriter;

/**
 * One run: inputs → rules → report → every writer, into {@code <out>/<period>/}. Nothing is written unless every
 * stage before succeeded and every output was complete; the folder is locked against a concurrent run.
 */
public final class BriefingPipeline {

    private final List<ReportWriter> writers;
    private final String version;
    private final StageListener listener;

    public BriefingPipeline(List<ReportWriter> writers, String version, StageListener listener) {
        this.writers = List.copyOf(writers);
        this.version = version;
        this.listener = listener;
    }

    public RunResult run(RunRequest request) {
        Map<String, Long> durations = new LinkedHashMap<>();
        StageListener timed = new TimingListener(listener, durations);
        checkWritable(request.outDir());
        PreparedInputs inputs = PreparedInputs.prepare(request.factsDir(), request.rulesDir(), timed);
        Period period = request.period().resolve(request.clock(), inputs.loaded().facts());
        Path folder = request.outDir().resolve(period.label());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw outputFailure(folder, e);
        }
        try (OutputLock lock = OutputLock.acquire(folder, request.clock().instant())) {
            BriefingReport report = PreviousPack.compare(
                    inputs.analyse(period, request.clock().instant(), version, timed), request.outDir(), listener);
            if (report.meetings().isEmpty() && request.requireMeetings()) {
                throw new BriefingException(ExitCode.INVALID_FACTS, "no meetings recorded in " + period.label()
                        + " and --require-meetings was given: add the period's meetings to the facts, or check "
                        + "--period; nothing was written");
            }
            if (report.meetings().isEmpty()) {
                listener.warning("no meetings recorded in " + period.label() + ": the pack says so");
            }
            AtomicOutput.removeLeftovers(folder);
            return write(folder, report, durations, timed);
        } catch (IOException e) {
            throw outputFailure(folder, e);
        }
    }

    private RunResult write(Path folder, BriefingReport report, Map<String, Long> durations, StageListener timed)
            throws IOException {
        try (AtomicOutput output = new AtomicOutput(folder)) {
            timed.stageStarted("writing " + String.join(", ",
                    writers.stream().map(w -> w.fileName(report.period().label())).toList()));
            Map<String, Path> staged = new LinkedHashMap<>();
            for (StagedWrites.Staged file : StagedWrites.stage(writers, report, output)) {
                staged.put(file.name(), file.temp());
                timed.stageDone("written", file.millis(),
                        Map.of("file", folder.resolve(file.name()).toString(), "bytes", Files.size(file.temp())));
            }
            output.stage(Manifest.FILE, out -> Manifest.write(report, staged, durations, out));
            output.commit();
            List<Path> files = new ArrayList<>();
            staged.keySet().forEach(name -> files.add(folder.resolve(name)));
            files.add(folder.resolve(Manifest.FILE));
            return new RunResult(report, folder, files);
        }
    }

    /**
     * The output folder is checked before anything is read or compiled, so a bad --out fails in a second, not after
     * a minute of work; nothing is created yet (a run that fails later leaves no empty folders behind).
     */
    private static void checkWritable(Path outDir) {
        Path existing = outDir.toAbsolutePath().normalize();
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String reason = !Files.isDirectory(existing) ? existing + " is a file, not a folder"
                : !Files.isWritable(existing) ? "permission denied on " + existing : null;
        if (reason != null) {
            throw new BriefingException(ExitCode.OUTPUT, outDir + ": cannot write the report (" + reason
                    + "); check the path and its permissions, or choose another --out");
        }
    }

    private static BriefingException outputFailure(Path folder, IOException e) {
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new BriefingException(ExitCode.OUTPUT, List.of(folder + ": cannot write the report (" + reason
                + "); check the path and its permissions, or choose another --out"), e);
    }

    /** Records each stage's duration for the manifest, then passes it on. */
    private record TimingListener(StageListener next, Map<String, Long> durations) implements StageListener {
        @Override
        public void stageDone(String stage, long millis, Map<String, Object> fields) {
            durations.merge(stage, millis, Long::sum);
            next.stageDone(stage, millis, fields);
        }

        @Override
        public void stageStarted(String activity) {
            next.stageStarted(activity);
        }

        @Override
        public void progress(long done, long total, String units) {
            next.progress(done, total, units);
        }

        @Override
        public void warning(String message) {
            next.warning(message);
        }
    }
}
