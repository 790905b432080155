package org.briefingengine.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.briefingengine.engine.RuleCache;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.pipeline.PeriodSpec;

/**
 * Watches the rules and facts folders and, after every change, recompiles and re-runs the analysis, printing
 * compile errors or the findings that appeared and disappeared. A broken edit leaves the last good rules (or facts)
 * in use. Runs on the caller's thread ({@link #run()}) or its own ({@link #start()}); {@link #stop()} ends either.
 */
public final class RuleWatcher {

    /**
     * How long the folders must be quiet before a batch of changes is acted on: long enough to gather the events of
     * one save (an editor's write, rename and attribute change come within milliseconds), short enough not to be felt.
     */
    public static final Duration DEBOUNCE = Duration.ofMillis(50);

    private final Path factsDir;
    private final Path rulesDir;
    private final Consumer<String> out;
    private final WatchSession session;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile FolderWatch watch;
    private volatile boolean stopping;

    /** Without a rule cache: the rules are compiled at the start and after every rule change. */
    public RuleWatcher(Path factsDir, Path rulesDir, PeriodSpec period, Clock clock, Consumer<String> out) {
        this(factsDir, rulesDir, period, clock, out, RuleCache.off());
    }

    /**
     * @param out   receives each printed line; called from the watching thread
     * @param cache where compiled rules are looked up before compiling, and stored after a clean compile
     */
    public RuleWatcher(Path factsDir, Path rulesDir, PeriodSpec period, Clock clock, Consumer<String> out,
                       RuleCache cache) {
        this.factsDir = factsDir;
        this.rulesDir = rulesDir;
        this.out = out;
        this.session = new WatchSession(factsDir, rulesDir, period, clock, out, cache);
    }

    /** Starts watching on a new thread and returns once the folders are being watched and the first run printed. */
    public RuleWatcher start() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(1);
        Thread thread = new Thread(() -> loop(ready), "briefing-watch");
        thread.setDaemon(true);
        thread.start();
        ready.await();
        return this;
    }

    /** Watches on this thread until {@link #stop()} is called (or the thread is interrupted). */
    public void run() {
        loop(new CountDownLatch(1));
    }

    /** Ends the loop; safe to call from any thread, a shutdown hook included, and more than once. */
    public void stop() {
        stopping = true;
        FolderWatch current = watch;
        if (current != null) {
            current.close();
        }
    }

    /** Waits for the loop to finish after {@link #stop()}; true if it did within the time. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** No paths (an overflow) or a deleted folder: anything may have changed. */
    private WatchSession.Change changeOf(Set<Path> paths) {
        if (paths.isEmpty() || paths.stream().anyMatch(p -> !FolderWatch.counts(p))) {
            return WatchSession.Change.ALL;
        }
        Path parameters = rulesDir.resolve(FactLoader.PARAMETERS_FILE);
        Set<Path> rules = paths.stream().filter(p -> p.toString().endsWith(".drl")).collect(java.util.stream.Collectors.toSet());
        return new WatchSession.Change(!rules.isEmpty(), rules, paths.contains(parameters),
                paths.stream().anyMatch(p -> p.toString().endsWith(".json") && !p.equals(parameters)));
    }

    private void loop(CountDownLatch ready) {
        try (FolderWatch folders = new FolderWatch(List.of(rulesDir, factsDir), DEBOUNCE)) {
            watch = folders;
            out.accept("watching " + rulesDir + " and " + factsDir + " (Ctrl-C stops)");
            session.refresh(WatchSession.Change.ALL);
            ready.countDown();
            while (!stopping) {
                Optional<Set<Path>> changed = folders.next();
                if (changed.isEmpty()) {
                    break;
                }
                session.refresh(changeOf(changed.get()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.close();
            ready.countDown();
            out.accept("stopped watching");
            stopped.countDown();
        }
    }
}
