package org.briefingengine.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;
import org.briefingengine.model.RuleAudit;

/**
 * Runs a compiled rule base over a tiny fact set the way {@link RuleEngine} does, except that the facts are inserted
 * in a shuffled (seeded) order, so a rule that only works for one insertion order fails here. Parameters come from
 * the shipped {@code rules/parameters.json}; a test overrides the ones it is about with {@link #with}.
 */
final class RuleScenario {

    static final Path SHIPPED_RULES = Path.of("rules");
    /** Wide enough for every date the tests use. */
    static final Period ALL = Period.all(LocalDate.of(2000, 1, 1), LocalDate.of(2039, 12, 31));

    private final RuleBase ruleBase;
    private final Map<String, Parameter> parameters;
    private final long seed;

    private RuleScenario(RuleBase ruleBase, Map<String, Parameter> parameters, long seed) {
        this.ruleBase = ruleBase;
        this.parameters = parameters;
        this.seed = seed;
    }

    private static RuleBase shipped;

    /**
     * The shipped rules/ compiled; call it in {@code @BeforeAll}. Compiling takes seconds, so the rule base is kept
     * for the other test classes of the JVM: it is immutable, and every run gets its own session.
     */
    static synchronized RuleScenario shippedRules() {
        if (shipped == null) {
            try {
                shipped = RuleBase.compile(SHIPPED_RULES);
            } catch (RuleCompilationException e) {
                throw new AssertionError("shipped rules do not compile: " + e.problems(), e);
            }
        }
        return over(shipped);
    }

    static RuleScenario over(RuleBase ruleBase) {
        return new RuleScenario(ruleBase, shippedParameters(), 20211013L);
    }

    /** The parameters of {@code rules/parameters.json}, by name. */
    static Map<String, Parameter> shippedParameters() {
        try {
            JsonNode root = new ObjectMapper().readTree(SHIPPED_RULES.resolve("parameters.json").toFile());
            Map<String, Parameter> byName = new TreeMap<>();
            root.get("parameters").fields().forEachRemaining(e -> {
                JsonNode value = e.getValue().get("value");
                byName.put(e.getKey(), value.isNumber()
                        ? new Parameter(e.getKey(), value.doubleValue(), "", "")
                        : new Parameter(e.getKey(), Double.NaN, value.textValue(), ""));
            });
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same scenario with one numeric parameter overridden. */
    RuleScenario with(String name, double value) {
        Map<String, Parameter> changed = new TreeMap<>(parameters);
        changed.put(name, new Parameter(name, value, "", "set by the test"));
        return new RuleScenario(ruleBase, changed, seed);
    }

    /** The same scenario inserting facts in another order. */
    RuleScenario shuffledWith(long otherSeed) {
        return new RuleScenario(ruleBase, parameters, otherSeed);
    }

    RuleBase ruleBase() {
        return ruleBase;
    }

    Map<String, Parameter> parameters() {
        return parameters;
    }

    Outcome run(Facts facts, Period period) {
        return run(facts.build(), period);
    }

    /** Flattens, shuffles, inserts and fires; the session is closed before this returns. */
    Outcome run(FactSet facts, Period period) {
        Parameter limit = parameters.get(RuleEngine.MAX_FIRINGS);
        long maxFirings = limit == null ? 100_000 : (long) limit.number();
        List<Object> inserted = new ArrayList<>(parameters.values());
        inserted.addAll(FactFlattener.flatten(facts, period, ruleBase::matches));
        Collections.shuffle(inserted, new Random(seed));
        try (RuleRun run = ruleBase.newRun(period.label(), maxFirings, facts, SalienceScale.from(parameters))) {
            run.insertAll(inserted).fire();
            return new Outcome(run.findings(), run.all(Object.class), run.audit(), run.firings());
        }
    }

    /** What one run left in the session. */
    record Outcome(List<Finding> findings, List<Object> facts, List<RuleAudit> audit, Map<String, Integer> firings) {

        List<Finding> of(String rule) {
            return findings.stream().filter(f -> f.rule().equals(rule)).toList();
        }

        <T> List<T> all(Class<T> type) {
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }

        RuleAudit audit(String rule) {
            return audit.stream().filter(a -> a.rule().equals(rule)).findFirst()
                    .orElseThrow(() -> new AssertionError("no rule " + rule + " in the audit"));
        }
    }
}
