package org.briefingengine.engine;

import java.util.List;

/** The rules did not compile; carries every problem, each placed in its file. */
public final class RuleCompilationException extends Exception {

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rules");
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
