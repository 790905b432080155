package org.briefingengine.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.InputDigest;
import org.briefingengine.analysis.ReportAssembler;
import org.briefingengine.engine.EngineResult;
import org.briefingengine.engine.EngineStages;
import org.briefingengine.engine.RuleBase;
import org.briefingengine.engine.RuleEngine;
import org.briefingengine.engine.RuleRuntimeException;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;

/**
 * Facts, parameters and compiled rules: what one analysis runs on. The one place every command (run, explain, watch,
 * test-rules, bench) runs the rules, so a rule failing at run time reads the same everywhere.
 */
public record RuleInputs(FactSet facts, Map<String, Parameter> parameters, RuleBase rules) {

    /** @throws BriefingException exit 4 when a rule fails while firing or the rules loop */
    public EngineResult run(Period period) {
        return run(period, EngineStages.NONE);
    }

    /** As above, telling {@code stages} how long each stage of the session took. */
    public EngineResult run(Period period, EngineStages stages) {
        try {
            return new RuleEngine(rules).analyse(facts, period, parameters, stages);
        } catch (RuleRuntimeException e) {
            throw new BriefingException(ExitCode.RULES, List.of("rules failed at run time: "
                    + e.getMessage()), e);
        }
    }

    /** The rules run and their conclusions assembled into the report every writer renders. */
    public BriefingReport report(Period period, InputDigest digest, Instant generatedAt, String version) {
        return assemble(period, run(period), digest, generatedAt, version);
    }

    /** The report of a run already made. */
    public BriefingReport assemble(Period period, EngineResult result, InputDigest digest, Instant generatedAt,
                                   String version) {
        return ReportAssembler.assemble(facts, period, result, digest, generatedAt, version, parameters);
    }
}
