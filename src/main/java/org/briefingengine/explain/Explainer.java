package org.briefingengine.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.engine.RuleInfo;
import org.briefingengine.engine.RuleSource;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Parameter;
import org.briefingengine.pipeline.PreparedInputs;

/** Why a finding fired: its rule (file and line), what the rule is for, the thresholds it read, and the evidence. */
public final class Explainer {

    private Explainer() {
    }

    public static List<String> explain(Finding finding, BriefingReport report, PreparedInputs inputs) {
        List<String> lines = new ArrayList<>();
        lines.add("Finding " + finding.id() + " (" + finding.category().code() + ", " + finding.severity().code()
                + ", period " + finding.period() + ")");
        lines.add("  " + finding.statement());
        RuleInfo rule = inputs.ruleBase().rule(finding.rule());
        if (rule != null) {
            lines.add("Rule: " + rule.name() + " at " + rule.file() + ":" + rule.line());
            if (!rule.description().isEmpty()) {
                lines.add("  " + rule.description());
            }
            Map<String, Parameter> parameters = inputs.parameters();
            List<String> used = RuleSource.parameters(rule);
            if (!used.isEmpty()) {
                lines.add("Thresholds:");
                used.forEach(name -> lines.add("  " + name + " = " + (parameters.containsKey(name)
                        ? parameters.get(name).valueText() : "(not set)")));
            }
        }
        lines.addAll(salience(finding, inputs.parameters()));
        lines.add("Subject: " + finding.subject() + describe(report.facts(), finding.subject()));
        if (!finding.forums().isEmpty()) {
            lines.add("Forums: " + names(report.facts(), finding.forums()));
        }
        if (!finding.actors().isEmpty()) {
            lines.add("Actors: " + names(report.facts(), finding.actors()));
        }
        lines.add("Evidence (" + finding.meetings().size() + " meeting(s)):");
        for (String id : finding.meetings()) {
            lines.addAll(meeting(report.facts(), id));
        }
        return lines;
    }

    /** The finding's place on the one salience scale, the thresholds that set its severity, and its measures. */
    private static List<String> salience(Finding finding, Map<String, Parameter> parameters) {
        List<String> lines = new ArrayList<>();
        lines.add("Salience: " + finding.salience() + " of 100; severity " + finding.severity().code() + " from "
                + String.join(", ", java.util.stream.Stream.of("severity.high", "severity.medium", "severity.low")
                        .map(name -> name + " = " + (parameters.containsKey(name) ? parameters.get(name).valueText()
                                : "(not set)")).toList()));
        if (!finding.measures().isEmpty()) {
            lines.add("Measures: " + String.join(", ", finding.measures().entrySet().stream()
                    .map(e -> e.getKey() + " = " + measure(e.getValue())).toList()));
        }
        if (finding.subjects().size() > 1) {
            lines.add("Grouped: " + finding.subjects().size() + " findings with the same evidence ("
                    + String.join(", ", finding.subjects()) + ")");
        }
        return lines;
    }

    /**
     * A measure as a reader compares it: three decimals ("0.414", "7.0"), and a small probability, such as a chance of
     * 0.00002, in scientific notation ("2.1e-05") rather than rounded to "0.0".
     */
    static String measure(double value) {
        return value != 0 && Math.abs(value) < 0.001 ? String.format(java.util.Locale.ROOT, "%.1e", value)
                : Double.toString(Math.round(value * 1000) / 1000.0);
    }

    private static String describe(FactSet facts, String id) {
        String name = facts.nameOf(id);
        return name.equals(id) ? "" : " (" + name + ")";
    }

    private static String names(FactSet facts, List<String> ids) {
        return String.join(", ", ids.stream().map(id -> id + describe(facts, id)).toList());
    }

    private static List<String> meeting(FactSet facts, String id) {
        Meeting m = facts.meeting(id).orElse(null);
        if (m == null) {
            return List.of("  " + id + " (not in the fact set)");
        }
        List<String> lines = new ArrayList<>();
        lines.add("  " + m.id() + ": " + m.title() + ", " + m.dateText() + " (" + m.start().precision().name()
                .toLowerCase() + "), " + facts.nameOf(m.forum()) + "; topics " + String.join(", ", m.topics()));
        m.sources().forEach(s -> lines.add("    source: " + s.citation() + (s.pointer().isEmpty() ? "" : ", "
                + s.pointer()) + " [" + s.language().code() + "]" + (s.quote().isEmpty() ? "" : ": \"" + s.quote()
                + "\"")));
        return lines;
    }
}
