package org.briefingengine.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefingengine.engine.RuleInfo;
import org.briefingengine.engine.RuleSource;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;
import org.briefingengine.model.Suggestions;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.PreparedInputs;
import org.briefingengine.pipeline.RuleInputs;

/**
 * Why a rule did not fire for a subject, without any per-rule Java: the analysis is re-run with each threshold the
 * rule reads relaxed on its own (a {@code min…} number lowered step by step to 0); the first relaxation that makes a
 * finding of that rule about that subject appear names the threshold that stopped it and, from that finding's
 * evidence, how far the facts got. When no single relaxation helps, the facts about the subject are described
 * instead ({@link NearMissTrail}).
 */
public final class NearMiss {

    /** Whole-number thresholds up to this are lowered one step at a time; larger ones go straight to 0. */
    private static final int MAX_STEPS = 20;

    private final PreparedInputs inputs;
    private final FactSet facts;

    public NearMiss(PreparedInputs inputs) {
        this.inputs = inputs;
        this.facts = inputs.loaded().facts();
    }

    /** The rule, checked to exist and to make findings. */
    public RuleInfo rule(String name) {
        RuleInfo rule = inputs.ruleBase().rule(name);
        if (rule == null) {
            throw new BriefingException(ExitCode.USAGE, "--rule: unknown rule '" + name + "'"
                    + Suggestions.didYouMean(name, inputs.ruleBase().rules().keySet())
                    + "; the rules are listed in the workbook's rule audit and in the rules folder");
        }
        if (rule.category().equals("derive")) {
            throw new BriefingException(ExitCode.USAGE, "--rule: '" + name + "' derives facts and makes no "
                    + "findings; name a rule that concludes (category trend, overlap, actor or quality)");
        }
        return rule;
    }

    /** Lines saying which condition kept {@code rule} from firing for {@code subject} in the period. */
    public List<String> explain(RuleInfo rule, String subject, Period period) {
        String head = rule.name() + " did not fire for " + subject + " in " + period.label() + ": ";
        List<String> lines = new ArrayList<>();
        for (String name : new LinkedHashSet<>(RuleSource.parameters(rule))) {
            relaxed(rule, subject, period, name).ifPresent(relaxed -> {
                Parameter threshold = inputs.parameters().get(name);
                String measure = NearMissMeasure.describe(name, relaxed.finding(), subject, period, facts);
                lines.add((lines.isEmpty() ? head : "  also: ") + measure + ", threshold " + name + " = "
                        + threshold.valueText());
                lines.add("  with " + name + " = " + relaxed.value().valueText() + " it would fire: "
                        + relaxed.finding().statement());
            });
        }
        if (lines.isEmpty()) {
            lines.add(head + new NearMissTrail(facts, period).describe(subject, rule));
        }
        return lines;
    }

    private Optional<Relaxed> relaxed(RuleInfo rule, String subject, Period period, String name) {
        Parameter current = inputs.parameters().get(name);
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        if (current == null || !current.hasNumber() || !shortName.startsWith("min") || current.number() <= 0) {
            return Optional.empty();
        }
        for (double value : relaxations(current.number())) {
            Parameter lowered = new Parameter(name, value, "", current.description());
            Map<String, Parameter> parameters = new TreeMap<>(inputs.parameters());
            parameters.put(name, lowered);
            Optional<Finding> found = findings(parameters, period).stream()
                    .filter(f -> f.rule().equals(rule.name()) && f.subjects().contains(subject))
                    .filter(NearMiss::hasEvidence).findFirst();
            if (found.isPresent()) {
                return Optional.of(new Relaxed(lowered, found.get()));
            }
        }
        return Optional.empty();
    }

    /** v-1, v-2, … 0 for a small whole number, so the first that fires is the closest miss; else just 0. */
    private static List<Double> relaxations(double value) {
        List<Double> values = new ArrayList<>();
        if (value == Math.rint(value) && value <= MAX_STEPS) {
            for (double v = value - 1; v >= 0; v--) {
                values.add(v);
            }
        } else {
            values.add(0.0);
        }
        return values;
    }

    /** A finding with nothing behind it (a threshold of 0 met by no facts at all) is no near miss. */
    private static boolean hasEvidence(Finding f) {
        return !f.meetings().isEmpty() || !f.forums().isEmpty() || !f.actors().isEmpty();
    }

    private List<Finding> findings(Map<String, Parameter> parameters, Period period) {
        try {
            return new RuleInputs(facts, parameters, inputs.ruleBase()).run(period).findings();
        } catch (RuntimeException e) {
            // A relaxed threshold can make a rule set misbehave; that relaxation simply does not explain the miss.
            return List.of();
        }
    }

    private record Relaxed(Parameter value, Finding finding) {
    }
}
