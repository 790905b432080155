package org.briefingengine.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What one {@code run} is asked to do. {@code clock} resolves relative periods and stamps the outputs;
 * {@code requireMeetings} makes a period without meetings a failure rather than a pack that says so.
 */
public record RunRequest(Path factsDir, Path rulesDir, PeriodSpec period, Path outDir, Clock clock,
                         boolean requireMeetings) {

    public RunRequest(Path factsDir, Path rulesDir, PeriodSpec period, Path outDir, Clock clock) {
        this(factsDir, rulesDir, period, outDir, clock, false);
    }

    public RunRequest {
        Objects.requireNonNull(factsDir, "factsDir must not be null");
        Objects.requireNonNull(rulesDir, "rulesDir must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(outDir, "outDir must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
    }
}
