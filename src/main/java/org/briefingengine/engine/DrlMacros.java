package org.briefingengine.engine;

/**
 * Rewrites the Drools blocks of a consequence that are not Java ({@code modify($m) { setA(1), setB(2) }} and
 * {@code with}) into Java statements of nearly the same layout, so the safety check can parse the consequence.
 */
final class DrlMacros {

    private DrlMacros() {
    }

    static String asJava(String consequence) {
        StringBuilder out = new StringBuilder(consequence);
        int from = 0;
        while (true) {
            int keyword = nextKeyword(out, from);
            if (keyword < 0) {
                return out.toString();
            }
            int open = skipSpace(out, keyword + (startsWith(out, keyword, "modify") ? 6 : 4));
            int close = open < out.length() && out.charAt(open) == '(' ? matching(out, open, '(', ')') : -1;
            int brace = close < 0 ? -1 : skipSpace(out, close + 1);
            if (brace < 0 || brace >= out.length() || out.charAt(brace) != '{') {
                from = keyword + 4;
                continue;
            }
            int end = matching(out, brace, '{', '}');
            if (end < 0) {
                return out.toString();
            }
            rewriteBlock(out, close, brace, end);
            from = brace + 1;
        }
    }

    /** {@code ) {a, b}} becomes {@code );{a; b;}}: commas at the block's own depth end statements. */
    private static void rewriteBlock(StringBuilder out, int close, int brace, int end) {
        int depth = 0;
        boolean quoted = false;
        for (int i = brace + 1; i < end; i++) {
            char c = out.charAt(i);
            if (c == '"' && out.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '{' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '}' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                out.setCharAt(i, ';');
            }
        }
        out.insert(end, ';');
        if (brace > close + 1) {
            out.setCharAt(close + 1, ';');
        } else {
            out.insert(brace, ';');
        }
    }

    private static int nextKeyword(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            boolean start = i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1));
            if (start && (startsWith(text, i, "modify") || startsWith(text, i, "with"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(CharSequence text, int at, String word) {
        int end = at + word.length();
        return end <= text.length() && text.subSequence(at, end).toString().equals(word)
                && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)));
    }

    private static int skipSpace(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int matching(CharSequence text, int open, char opening, char closing) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == opening) {
                depth++;
            } else if (!quoted && c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
