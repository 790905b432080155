package org.briefingengine.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Parses one piece of Java from a rule file (a consequence, an {@code eval} or a function body) with JavaParser and
 * reports every use outside {@link RuleAllowList}, placed by line and column inside the piece.
 */
final class JavaCodeCheck {

    /** A piece of Java: a block of statements or a single expression. */
    enum Kind { BLOCK, EXPRESSION }

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
    private final RuleNames names;

    JavaCodeCheck(RuleNames names) {
        this.names = names;
    }

    /**
     * Checks the code; {@code report} receives (1-based line within the code, 1-based column, message). A block is
     * parsed as {@code {\n code \n}}, so its lines shift by one and its columns do not.
     */
    void check(String code, Kind kind, BiConsumer<int[], String> report) {
        ParseResult<? extends Node> parsed = kind == Kind.BLOCK
                ? parser.parse(ParseStart.BLOCK, Providers.provider("{\n" + code + "\n}"))
                : parser.parse(ParseStart.EXPRESSION, Providers.provider(code));
        int lineShift = kind == Kind.BLOCK ? 1 : 0;
        if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
            String why = parsed.getProblems().isEmpty() ? "" : parsed.getProblems().get(0).getMessage()
                    .lines().findFirst().orElse("");
            int[] at = parsed.getProblems().stream().findFirst().flatMap(p -> p.getLocation())
                    .flatMap(l -> l.getBegin().getRange()).map(r -> new int[] {r.begin.line - lineShift,
                        r.begin.column}).orElse(new int[] {1, 1});
            report.accept(at, "this code cannot be checked because it is not plain Java (" + why + "); write it "
                    + "as Java statements");
            return;
        }
        parsed.getResult().get().walk(node -> problem(node).ifPresent(message -> node.getBegin().ifPresent(
                p -> report.accept(new int[] {Math.max(1, p.line - lineShift), p.column}, message))));
    }

    private Optional<String> problem(Node node) {
        if (node instanceof MethodCallExpr call) {
            return RuleAllowList.checkMethod(call.getNameAsString());
        }
        if (node instanceof MethodReferenceExpr reference) {
            return RuleAllowList.checkMethod(reference.getIdentifier());
        }
        if (node instanceof ClassExpr) {
            return Optional.of(RuleAllowList.classLiteral());
        }
        if (node instanceof ClassOrInterfaceType type && !isScopeOfType(type)) {
            return names.check(List.of(type.getNameWithScope().split("\\.")), false);
        }
        if ((node instanceof NameExpr || node instanceof FieldAccessExpr) && !isScopeOfField((Expression) node)) {
            return dotted((Expression) node).flatMap(segments -> names.check(segments, false));
        }
        return Optional.empty();
    }

    private static boolean isScopeOfType(ClassOrInterfaceType type) {
        return type.getParentNode().filter(p -> p instanceof ClassOrInterfaceType outer
                && outer.getScope().filter(s -> s == type).isPresent()).isPresent();
    }

    private static boolean isScopeOfField(Expression expression) {
        return expression.getParentNode().filter(p -> p instanceof FieldAccessExpr outer
                && outer.getScope() == expression).isPresent();
    }

    /** {@code a.b.c} as its names, or empty when the chain holds anything but names (a call, an index). */
    private static Optional<List<String>> dotted(Expression expression) {
        List<String> segments = new ArrayList<>();
        Expression at = expression;
        while (at instanceof FieldAccessExpr field) {
            segments.add(0, field.getNameAsString());
            at = field.getScope();
        }
        if (!(at instanceof NameExpr name)) {
            return Optional.empty();
        }
        segments.add(0, name.getNameAsString());
        return Optional.of(segments);
    }
}
