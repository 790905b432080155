package org.briefingengine.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.pipeline.PeriodSpec;
import org.briefingengine.pipeline.PreparedInputs;
import org.briefingengine.pipeline.StageListener;

/**
 * Reports made by the real pipeline from the shipped fixtures and rules, for renderer tests that must check what
 * analysts will actually read. Inputs are prepared (rules compiled) once per test JVM.
 */
public final class SeedReports {

    private static final Clock CLOCK = Clock.fixed(SampleReports.GENERATED_AT, ZoneOffset.UTC);
    private static final Map<String, BriefingReport> BY_PERIOD = new ConcurrentHashMap<>();
    private static PreparedInputs inputs;

    private SeedReports() {
    }

    public static synchronized BriefingReport of(String period) {
        if (inputs == null) {
            inputs = PreparedInputs.prepare(Path.of("fixtures"), Path.of("rules"), StageListener.NONE);
        }
        return BY_PERIOD.computeIfAbsent(period, p -> inputs.analyse(
                PeriodSpec.parse(p).resolve(CLOCK, inputs.loaded().facts()), CLOCK.instant(), "test", StageListener.NONE));
    }
}
