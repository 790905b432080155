package org.briefingengine.engine;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefingengine.model.Suggestions;

/**
 * The parameters the rules read, found as {@code Parameter( name == "…" )} in every rule file (by JavaParser's
 * lexer, so comments and other strings do not count). A name no parameter declares is a problem at its place: a
 * misspelt or renamed parameter would otherwise never match, and its rule would silently never fire.
 */
public final class RuleParameters {

    /** One {@code Parameter( name == "x" )} in a rule file. */
    public record Reference(String name, Path file, int line, int column) {
    }

    private RuleParameters() {
    }

    /** Every parameter reference in the rule files below {@code rulesDir} (none when the folder is missing). */
    public static List<Reference> scan(Path rulesDir) {
        List<Reference> found = new ArrayList<>();
        for (Path file : RuleBase.drlFiles(rulesDir)) {
            found.addAll(referencesIn(DrlText.read(file), file));
        }
        return found;
    }

    /** The parameter references in one piece of rule text, in the order it reads them; {@code file} labels them. */
    static List<Reference> referencesIn(String text, Path file) {
        List<Reference> found = new ArrayList<>();
        List<Token> tokens = RuleTokenScan.tokens(text, (at, message) -> { });
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).image.equals("Parameter") && tokens.get(i + 1).kind == GeneratedJavaParserConstants.LPAREN) {
                found.addAll(namesInPattern(tokens, i + 1, file));
            }
        }
        return found;
    }

    public static Set<String> names(List<Reference> references) {
        Set<String> names = new TreeSet<>();
        references.forEach(r -> names.add(r.name()));
        return names;
    }

    /** A problem for each reference to a parameter that is not declared. */
    public static List<RuleProblem> undeclared(List<Reference> references, Set<String> declared, Path parametersFile) {
        return references.stream().filter(r -> !declared.contains(r.name()))
                .map(r -> new RuleProblem(r.file(), r.line(), r.column(), "unknown parameter '" + r.name() + "'"
                        + Suggestions.didYouMean(r.name(), declared) + ": correct the name or declare it in "
                        + parametersFile))
                .toList();
    }

    /** {@code name == "x"} (or {@code "x" == name}) between the pattern's parentheses. */
    private static List<Reference> namesInPattern(List<Token> tokens, int open, Path file) {
        List<Reference> names = new ArrayList<>();
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            int kind = tokens.get(i).kind;
            depth += kind == GeneratedJavaParserConstants.LPAREN ? 1 : kind == GeneratedJavaParserConstants.RPAREN ? -1 : 0;
            if (depth == 0) {
                break;
            }
            if (kind == GeneratedJavaParserConstants.EQ && i > 0 && i + 1 < tokens.size()) {
                Token left = tokens.get(i - 1);
                Token right = tokens.get(i + 1);
                Token literal = left.image.equals("name") ? right : right.image.equals("name") ? left : null;
                if (literal != null && literal.kind == GeneratedJavaParserConstants.STRING_LITERAL) {
                    names.add(new Reference(literal.image.substring(1, literal.image.length() - 1), file,
                            literal.beginLine, literal.beginColumn));
                }
            }
        }
        return names;
    }
}
