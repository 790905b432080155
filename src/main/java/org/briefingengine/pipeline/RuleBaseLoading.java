package org.briefingengine.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.engine.RuleCache;

/**
 * The rule base loaded from the rule cache, or compiled, on a thread of its own while the facts are read: the two
 * are independent, and a small run is mostly this kind of start-up work (README, "Start-up"). Whatever the load has
 * to say (the rule cache's warning, the rules' problems) is told on the caller's thread by {@link #join}, after the
 * facts, in the order a run on one thread would tell it.
 */
final class RuleBaseLoading {

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final FutureTask<RuleBase> task;
    private volatile long millis;

    private RuleBaseLoading(Path rulesDir, RuleCache cache) {
        RuleCache quiet = cache.reportingTo(warnings::add);
        task = new FutureTask<>(() -> {
            long started = System.nanoTime();
            try {
                return PreparedInputs.compile(rulesDir, quiet);
            } finally {
                millis = PreparedInputs.millisSince(started);
            }
        });
    }

    /** Starts loading the rules below {@code rulesDir} through {@code cache}. */
    static RuleBaseLoading start(Path rulesDir, RuleCache cache) {
        RuleBaseLoading loading = new RuleBaseLoading(rulesDir, cache);
        Thread thread = new Thread(loading.task, "briefing-rule-load");
        // A run that stops on bad facts exits without waiting for rules it will never use.
        thread.setDaemon(true);
        thread.start();
        return loading;
    }

    /**
     * Waits for the rules, tells {@code listener} the cache's warning if there was one, and returns them.
     *
     * @throws BriefingException exit 4 when the rules do not compile
     */
    RuleBase join(StageListener listener) {
        try {
            RuleBase rules = task.get();
            warnings.forEach(listener::warning);
            return rules;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules were loading", e);
        } catch (ExecutionException e) {
            warnings.forEach(listener::warning);
            throw rethrown(e.getCause());
        }
    }

    /** How long loading took on its own thread (it overlaps reading the facts). */
    long millis() {
        return millis;
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
