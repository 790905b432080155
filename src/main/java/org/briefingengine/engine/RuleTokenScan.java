package org.briefingengine.engine;

import com.github.javaparser.GeneratedJavaParserConstants;
import com.github.javaparser.GeneratedJavaParserTokenManager;
import com.github.javaparser.Providers;
import com.github.javaparser.SimpleCharStream;
import com.github.javaparser.Token;
import com.github.javaparser.TokenMgrException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Checks the parts of a rule file that are not plain Java (imports, globals, patterns, accumulate and {@code from}
 * expressions, function signatures) with JavaParser's Java lexer, so strings and comments are never mistaken for
 * code: every dotted name is judged by {@link RuleNames}, every called name by {@link RuleAllowList}, and
 * {@code X.class} is refused.
 */
final class RuleTokenScan {

    private final RuleNames names;

    RuleTokenScan(RuleNames names) {
        this.names = names;
    }

    /**
     * Reports (line, column, message) for each problem in {@code text}, skipping tokens that {@code skip} accepts
     * (the parts already checked as Java).
     */
    void scan(String text, java.util.function.BiPredicate<Integer, Integer> skip, BiConsumer<int[], String> report) {
        List<Token> tokens = tokens(text, report);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (skip.test(token.beginLine, token.beginColumn)) {
                continue;
            }
            int[] at = {token.beginLine, token.beginColumn};
            if (token.kind == GeneratedJavaParserConstants.CLASS && kindAt(tokens, i - 1) == GeneratedJavaParserConstants.DOT) {
                report.accept(at, RuleAllowList.classLiteral());
            }
            if (token.kind != GeneratedJavaParserConstants.IDENTIFIER) {
                continue;
            }
            if (kindAt(tokens, i + 1) == GeneratedJavaParserConstants.LPAREN
                    || kindAt(tokens, i - 1) == GeneratedJavaParserConstants.DOUBLECOLON) {
                RuleAllowList.checkMethod(token.image).ifPresent(m -> report.accept(at, m));
            }
            int previous = kindAt(tokens, i - 1);
            if (previous == GeneratedJavaParserConstants.DOT || previous == GeneratedJavaParserConstants.AT) {
                continue;
            }
            List<String> segments = new ArrayList<>(List.of(token.image));
            int j = i + 1;
            while (kindAt(tokens, j) == GeneratedJavaParserConstants.DOT
                    && kindAt(tokens, j + 1) == GeneratedJavaParserConstants.IDENTIFIER) {
                segments.add(tokens.get(j + 1).image);
                j += 2;
            }
            boolean wildcard = kindAt(tokens, j) == GeneratedJavaParserConstants.DOT
                    && kindAt(tokens, j + 1) == GeneratedJavaParserConstants.STAR;
            names.check(segments, wildcard).ifPresent(m -> report.accept(at, m));
        }
    }

    private static int kindAt(List<Token> tokens, int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).kind : -1;
    }

    static List<Token> tokens(String text, BiConsumer<int[], String> report) {
        GeneratedJavaParserTokenManager lexer = new GeneratedJavaParserTokenManager(
                new SimpleCharStream(Providers.provider(text)));
        List<Token> tokens = new ArrayList<>();
        try {
            for (Token t = lexer.getNextToken(); t.kind != GeneratedJavaParserConstants.EOF; t = lexer.getNextToken()) {
                if (t.kind != GeneratedJavaParserConstants.SPACE && t.kind != GeneratedJavaParserConstants.WINDOWS_EOL
                        && t.kind != GeneratedJavaParserConstants.UNIX_EOL && t.kind != GeneratedJavaParserConstants.OLD_MAC_EOL
                        && !isComment(t.kind)) {
                    tokens.add(t);
                }
            }
        } catch (TokenMgrException e) {
            report.accept(new int[] {1, 1}, "this file cannot be checked: " + e.getMessage().lines().findFirst()
                    .orElse("") + "; remove the character the message names");
        }
        return tokens;
    }

    private static boolean isComment(int kind) {
        return kind == GeneratedJavaParserConstants.SINGLE_LINE_COMMENT
                || kind == GeneratedJavaParserConstants.MULTI_LINE_COMMENT
                || kind == GeneratedJavaParserConstants.JAVADOC_COMMENT;
    }
}
