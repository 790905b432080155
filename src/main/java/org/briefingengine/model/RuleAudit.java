package org.briefingengine.model;

/**
 * How one rule behaved in a run: where it lives, what it is for, and how often it fired.
 *
 * @param firings  times the rule's consequence ran
 * @param findings findings it produced (derive rules produce none)
 * @param facts    distinct facts its matches touched
 */
public record RuleAudit(String rule, String file, int line, String category, String severity, String description,
                        int firings, int findings, int facts) {
}
