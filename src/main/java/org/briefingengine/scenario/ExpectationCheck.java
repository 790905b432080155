package org.briefingengine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefingengine.model.Finding;

/**
 * Compares a run's findings with a scenario's expectations. An expected finding must exist with exactly the
 * forums, meetings and severity given (those left out are not checked); a forbidden one must not exist at all.
 */
final class ExpectationCheck {

    private ExpectationCheck() {
    }

    /** One line per unmet expectation: {@code missing topic-overlap/x [forums a, b] (found [forums a])}. */
    static List<String> failures(Scenario scenario, List<Finding> findings) {
        List<String> failures = new ArrayList<>();
        for (Expectation e : scenario.expect()) {
            List<Finding> candidates = findings.stream()
                    .filter(f -> f.rule().equals(e.rule()) && f.subject().equals(e.subject())).toList();
            if (candidates.stream().noneMatch(f -> matches(e, f))) {
                String constraints = e.constraints().isEmpty() ? "" : " " + e.constraints();
                String found = candidates.isEmpty() ? ""
                        : " (found " + String.join(" or ", candidates.stream().map(f -> actual(e, f)).toList()) + ")";
                failures.add("missing " + e.label() + constraints + found);
            }
        }
        for (Expectation e : scenario.expectNot()) {
            findings.stream()
                    .filter(f -> f.rule().equals(e.rule()) && (e.subject() == null || f.subject().equals(e.subject())))
                    .map(f -> "unexpected " + f.rule() + "/" + f.subject())
                    .distinct()
                    .forEach(failures::add);
        }
        return failures;
    }

    private static boolean matches(Expectation e, Finding f) {
        return (e.forums() == null || e.forums().equals(f.forums()))
                && (e.meetings() == null || e.meetings().equals(f.meetings()))
                && (e.severity() == null || Objects.equals(e.severity(), f.severity().code()));
    }

    /** The finding's values for the constraints the expectation gives, in the same form. */
    private static String actual(Expectation e, Finding f) {
        return new Expectation(e.rule(), e.subject(), e.forums() == null ? null : f.forums(),
                e.meetings() == null ? null : f.meetings(), e.severity() == null ? null : f.severity().code(),
                e.pointer()).constraints();
    }
}
