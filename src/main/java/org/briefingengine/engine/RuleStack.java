package org.briefingengine.engine;

import java.util.Collection;

/**
 * Finds the rule behind a stack trace. Drools compiles each rule's consequence and conditions into classes named
 * after the rule ({@code Rule_spinning$u45$rule0…} for "spinning-rule"), each character that cannot be part of a
 * Java name written as {@code $u<code point>$}.
 */
final class RuleStack {

    private RuleStack() {
    }

    /** The rule whose generated code is nearest the top of the stack, or null. */
    static String ruleOf(StackTraceElement[] stack, Collection<String> rules) {
        for (StackTraceElement frame : stack) {
            String simple = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
            if (!simple.startsWith("Rule_")) {
                continue;
            }
            String best = null;
            for (String rule : rules) {
                String mangled = "Rule_" + mangle(rule);
                if (simple.startsWith(mangled) && (best == null || rule.length() > best.length())) {
                    best = rule;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static String mangle(String rule) {
        StringBuilder out = new StringBuilder();
        rule.codePoints().forEach(c -> out.append(Character.isJavaIdentifierPart(c) && c != '$'
                ? Character.toString(c) : "$u" + c + "$"));
        return out.toString();
    }
}
