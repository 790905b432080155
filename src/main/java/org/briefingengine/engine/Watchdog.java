package org.briefingengine.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/**
 * Runs a session on its own daemon thread and watches it: past the wall-clock budget, or with the heap fuller than
 * the limit after a garbage collection, the session is halted and its thread interrupted. A rule stuck in Java code
 * (a loop in a condition, say) cannot be stopped from outside, so its thread is abandoned: being a daemon it never
 * keeps the process alive, and the command exits with code 4 once the pipeline has released the lock.
 * OutOfMemoryError and StackOverflowError from rule code become one-line failures naming the rule.
 */
final class Watchdog {

    private static final long POLL_MILLIS = 50;
    private static final String RAISE_LIMIT = "raise the limit in parameters.json";
    private static final String OUT_OF_MEMORY = "the rules ran out of memory (OutOfMemoryError)";
    /** How long a halted or interrupted session gets to stop before its thread is abandoned. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    private Watchdog() {
    }

    static <T> T guard(Callable<T> work, RuleRun run, EngineLimits limits) {
        return guard(work, run, limits, Watchdog::heapPercentAfterCollection);
    }

    /** As above, with the heap measured by {@code heapPercent} (a test gives a full heap without filling one). */
    static <T> T guard(Callable<T> work, RuleRun run, EngineLimits limits, IntSupplier heapPercent) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread worker = new Thread(task, "briefing-rules");
        worker.setDaemon(true);
        worker.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        worker.start();
        long deadline = System.nanoTime() + limits.maxTime().toNanos();
        try {
            while (true) {
                try {
                    return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    Optional<String> breach = breach(limits, deadline, heapPercent);
                    if (breach.isPresent()) {
                        throw stop(worker, run, breach.get(), RAISE_LIMIT);
                    }
                } catch (ExecutionException e) {
                    throw translate(e.getCause(), run);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stop(worker, run, "the run was interrupted", RAISE_LIMIT);
        } catch (OutOfMemoryError e) {
            // the rules filled the heap so fast that the watchdog itself could not allocate: stop them all the same
            // no parameter caps the heap itself, so the advice is memory (or a shorter period), not a limit to raise
            throw stop(worker, run, OUT_OF_MEMORY, "");
        }
    }

    private static Optional<String> breach(EngineLimits limits, long deadline, IntSupplier heapPercent) {
        if (System.nanoTime() > deadline) {
            return Optional.of("the rules were still running after " + limits.maxTime().toSeconds() + " s ("
                    + EngineLimits.MAX_SECONDS + ")");
        }
        int used = heapPercent.getAsInt();
        if (used > limits.maxHeapPercent()) {
            return Optional.of("the rules filled " + used + "% of the memory Java may use ("
                    + EngineLimits.MAX_HEAP_PERCENT + " is " + limits.maxHeapPercent() + "%)");
        }
        return Optional.empty();
    }

    /** Live heap as the collector last measured it: what a rule holds on to, not garbage awaiting collection. */
    static int heapPercentAfterCollection() {
        long max = Runtime.getRuntime().maxMemory();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return max <= 0 ? 0 : (int) (100 * used / max);
    }

    private static RuleRuntimeException stop(Thread worker, RuleRun run, String why, String orRaiseLimit) {
        String culprit = run.culprit(worker.getStackTrace());
        run.halt();
        worker.interrupt();
        try {
            worker.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            run.abandon();
        }
        return new RuleRuntimeException(why + " and were stopped " + culprit + "; " + remedy(culprit, orRaiseLimit),
                null);
    }

    /**
     * What to do: before any rule could be blamed, the facts were too many for the memory or time given; else the
     * rule named is the one to look at.
     */
    static String remedy(String culprit, String orRaiseLimit) {
        if (RuleRun.blamesNoRule(culprit)) {
            return "give Java more memory (-Xmx)" + (orRaiseLimit.isEmpty() ? "" : ", " + orRaiseLimit)
                    + ", or choose a shorter --period";
        }
        return orRaiseLimit.isEmpty()
                ? "fix that rule (it probably builds an ever-growing collection), or give Java more memory"
                : "fix that rule, or " + orRaiseLimit;
    }

    private static RuntimeException translate(Throwable failure, RuleRun run) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                String culprit = run.culprit(t.getStackTrace());
                return new RuleRuntimeException(OUT_OF_MEMORY + " " + culprit + "; " + remedy(culprit, ""), null);
            }
            if (t instanceof StackOverflowError) {
                return new RuleRuntimeException("the rules recursed without end (StackOverflowError) "
                        + run.culprit(t.getStackTrace()) + "; give the recursion in that rule a base case", null);
            }
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new RuleRuntimeException("the rules failed: " + failure, failure);
    }
}
