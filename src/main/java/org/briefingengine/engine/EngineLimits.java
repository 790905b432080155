package org.briefingengine.engine;

import java.time.Duration;
import java.util.Map;
import org.briefingengine.model.Parameter;

/** The budgets one session runs under, read from the {@code engine.*} parameters (defaults when absent). */
record EngineLimits(long maxFirings, Duration maxTime, int maxHeapPercent) {

    static final String MAX_FIRINGS = "engine.maxFirings";
    static final String MAX_SECONDS = "engine.maxSeconds";
    static final String MAX_HEAP_PERCENT = "engine.maxHeapPercent";

    static EngineLimits of(Map<String, Parameter> parameters) {
        return new EngineLimits(number(parameters, MAX_FIRINGS, 10_000_000L),
                Duration.ofSeconds(number(parameters, MAX_SECONDS, 300)),
                (int) number(parameters, MAX_HEAP_PERCENT, 90));
    }

    private static long number(Map<String, Parameter> parameters, String name, long fallback) {
        double value = Parameter.numberOr(parameters, name, fallback);
        return value >= 1 ? (long) value : fallback;
    }
}
