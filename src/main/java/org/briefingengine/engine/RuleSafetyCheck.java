package org.briefingengine.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rule safety check, run before any rule is compiled: every consequence, {@code eval} and function body of a
 * rule file is parsed as Java and checked against {@link RuleAllowList}; the rest of the file (imports, globals,
 * patterns) is checked token by token. Each use outside the allow-list is a problem at its file, line and column.
 * A file Drools cannot parse is left to the compiler, which reports its syntax errors.
 */
final class RuleSafetyCheck {

    private RuleSafetyCheck() {
    }

    static List<RuleProblem> check(List<Path> files) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Path file : files) {
            problems.addAll(check(file, DrlText.read(file)));
        }
        return problems;
    }

    static List<RuleProblem> check(Path file, String text) {
        DrlParser drl = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = drl.parse(false, text);
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (pkg == null || drl.hasErrors()) {
            return List.of();
        }
        RuleNames names = new RuleNames();
        pkg.getImports().forEach(i -> names.importName(i.getTarget()));
        pkg.getTypeDeclarations().forEach(t -> names.declare(t.getTypeName()));
        pkg.getEnumDeclarations().forEach(t -> names.declare(t.getTypeName()));
        DrlText source = new DrlText(file, text);
        List<RuleProblem> problems = new ArrayList<>();
        List<int[]> checkedAsJava = new ArrayList<>();
        JavaCodeCheck javaCheck = new JavaCodeCheck(names);
        for (FunctionDescr function : pkg.getFunctions()) {
            source.find(function.getBody(), function.getStartCharacter()).ifPresent(start -> {
                checkedAsJava.add(new int[] {start, start + function.getBody().length()});
                javaCheck.check(function.getBody(), JavaCodeCheck.Kind.BLOCK, source.reporter(start, problems));
            });
        }
        dialect(pkg.getAttributes(), source, problems);
        for (RuleDescr rule : pkg.getRules()) {
            dialect(rule.getAttributes().values(), source, problems);
            for (EvalDescr eval : evals(rule.getLhs())) {
                String code = String.valueOf(eval.getContent());
                source.find(code, eval.getStartCharacter()).ifPresent(start -> {
                    checkedAsJava.add(new int[] {start, start + code.length()});
                    javaCheck.check(code, JavaCodeCheck.Kind.EXPRESSION, source.reporter(start, problems));
                });
            }
            String consequence = String.valueOf(rule.getConsequence());
            source.find(consequence, source.offsetOfLine(rule.getConsequenceLine())).ifPresent(start -> {
                checkedAsJava.add(new int[] {start, start + consequence.length()});
                javaCheck.check(DrlMacros.asJava(consequence), JavaCodeCheck.Kind.BLOCK, source.reporter(start, problems));
            });
        }
        new RuleTokenScan(names).scan(text, (line, column) -> inside(source.offsetOf(line, column), checkedAsJava),
                (at, message) -> problems.add(new RuleProblem(file, at[0], at[1], message)));
        return problems.stream().distinct().sorted(java.util.Comparator.comparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column).thenComparing(RuleProblem::message)).toList();
    }

    /** Rule code is checked as Java; MVEL consequences are another language the check cannot vouch for. */
    private static void dialect(java.util.Collection<AttributeDescr> attributes, DrlText source,
                                List<RuleProblem> problems) {
        for (AttributeDescr attribute : attributes) {
            if (attribute.getName().equals("dialect") && !attribute.getValue().replace("\"", "").equals("java")) {
                problems.add(new RuleProblem(source.file(), attribute.getLine(), attribute.getColumn() + 1,
                        "dialect \"" + attribute.getValue().replace("\"", "") + "\" is not allowed: rule code is checked as Java; remove "
                                + "the dialect attribute"));
            }
        }
    }

    private static boolean inside(int offset, List<int[]> ranges) {
        return ranges.stream().anyMatch(r -> offset >= r[0] && offset < r[1]);
    }

    /** Every {@code eval} condition, however deeply nested (not, exists, or, accumulate and collect sources). */
    private static List<EvalDescr> evals(BaseDescr descr) {
        List<EvalDescr> found = new ArrayList<>();
        if (descr instanceof EvalDescr eval) {
            found.add(eval);
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(d -> found.addAll(evals((BaseDescr) d)));
        } else if (descr instanceof PatternDescr pattern && pattern.getSource() != null) {
            found.addAll(evals(pattern.getSource()));
        } else if (descr instanceof AccumulateDescr accumulate) {
            found.addAll(evals(accumulate.getInput()));
        } else if (descr instanceof CollectDescr collect) {
            found.addAll(evals(collect.getInputPattern()));
        }
        return found;
    }
}
