package org.briefingengine.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The text of one rule as written on disk, and the parameters it reads. */
public final class RuleSource {

    private RuleSource() {
    }

    /** The lines from {@code rule "name"} to its {@code end}. */
    public static List<String> text(RuleInfo rule) {
        if (rule.file() == null) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(rule.file());
            List<String> body = new ArrayList<>();
            for (int i = Math.max(0, rule.line() - 1); i < lines.size(); i++) {
                body.add(lines.get(i));
                if (lines.get(i).strip().equals("end")) {
                    break;
                }
            }
            return body;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Names of the parameters the rule matches on, in the order it reads them. */
    public static List<String> parameters(RuleInfo rule) {
        return RuleParameters.referencesIn(String.join("\n", text(rule)), rule.file()).stream()
                .map(RuleParameters.Reference::name).toList();
    }
}
