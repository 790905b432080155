package org.briefingengine.engine;

import java.util.Map;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;

/** Runs a compiled rule base over a fact set for one period and returns what the rules concluded. */
public final class RuleEngine {

    /** Parameter naming the firing limit that stops a looping rule set. */
    public static final String MAX_FIRINGS = "engine.maxFirings";

    private final RuleBase ruleBase;

    public RuleEngine(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public EngineResult analyse(FactSet facts, Period period, Map<String, Parameter> parameters) {
        Parameter limit = parameters.get(MAX_FIRINGS);
        long maxFirings = limit != null && limit.hasNumber() ? (long) limit.number() : 10_000_000L;
        try (RuleRun run = ruleBase.newRun(period.label(), maxFirings, facts, SalienceScale.from(parameters))) {
            run.insertAll(parameters.values());
            run.insertAll(FactFlattener.flatten(facts, period));
            run.fire();
            return new EngineResult(run.findings(), run.all(org.briefingengine.engine.facts.TopicCount.class),
                    run.all(org.briefingengine.engine.facts.TopicForumCount.class),
                    run.all(org.briefingengine.engine.facts.ForumSimilarity.class), run.audit(), run.firings());
        }
    }
}
