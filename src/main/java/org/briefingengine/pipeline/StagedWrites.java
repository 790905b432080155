package org.briefingengine.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.render.ReportWriter;

/**
 * Every writer's file staged in an {@link AtomicOutput}. A small pack's writers run side by side, each on a thread of
 * its own (its workbook and PDF are mostly start-up work, README "Start-up"); a large pack's run one after another,
 * so that only one writer's working memory is held at a time. Each writer renders the same report into its own file,
 * so the bytes do not depend on which finishes first.
 */
final class StagedWrites {

    /**
     * Packs with more meetings than this are written one file at a time. Below it every output is a few megabytes at
     * most; above it the workbook and the PDF each hold hundreds of megabytes while writing (100k meetings).
     */
    static final int SIDE_BY_SIDE_MAX_MEETINGS = 5_000;

    /** One staged file: its final name, its temporary file and how long its writer took. */
    record Staged(String name, Path temp, long millis) {
    }

    private StagedWrites() {
    }

    /**
     * Stages every writer's file, in the writers' order. Returns only once every writer has finished, so that
     * closing {@code output} removes every temporary file; when writers fail, the first failure in the writers' order
     * is thrown.
     */
    static List<Staged> stage(List<ReportWriter> writers, BriefingReport report, AtomicOutput output)
            throws IOException {
        return stage(writers, report, output, report.meetings().size() <= SIDE_BY_SIDE_MAX_MEETINGS);
    }

    /** As above, side by side or one after another as asked. */
    static List<Staged> stage(List<ReportWriter> writers, BriefingReport report, AtomicOutput output,
                              boolean sideBySide) throws IOException {
        List<FutureTask<Staged>> tasks = new ArrayList<>();
        for (ReportWriter writer : writers) {
            tasks.add(new FutureTask<>(() -> stageOne(writer, report, output)));
        }
        if (!sideBySide || tasks.size() < 2) {
            tasks.forEach(FutureTask::run);
        } else {
            for (int i = 1; i < tasks.size(); i++) {
                Thread thread = new Thread(tasks.get(i), "briefing-writer-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            tasks.get(0).run();
        }
        return results(tasks);
    }

    private static Staged stageOne(ReportWriter writer, BriefingReport report, AtomicOutput output)
            throws IOException {
        long started = System.nanoTime();
        String name = writer.fileName(report.period().label());
        Path temp = output.stage(name, out -> writer.write(report, out));
        return new Staged(name, temp, PreparedInputs.millisSince(started));
    }

    /** Waits for every task, then returns their files or throws the first failure. */
    private static List<Staged> results(List<FutureTask<Staged>> tasks) throws IOException {
        List<Staged> staged = new ArrayList<>();
        Throwable failure = null;
        boolean interrupted = false;
        for (FutureTask<Staged> task : tasks) {
            while (true) {
                try {
                    staged.add(task.get());
                    break;
                } catch (InterruptedException e) {
                    // the other writers' temporary files must not outlive this call: wait for them regardless
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure == null) {
            return staged;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new UncheckedIOException(new IOException(failure));
    }
}
