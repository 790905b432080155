package org.briefingengine.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Phrases as sequences of token keys, looked up longest first: at a position the longest phrase that matches whole
 * tokens wins, so «المفوضية الأوروبية» is found before its first word «المفوضية» could be.
 */
public final class PhraseTrie<T> {

    private final Node<T> root = new Node<>();

    public void add(List<String> keys, T value) {
        if (keys.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (String key : keys) {
            node = node.children.computeIfAbsent(key, k -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /**
     * The longest phrase starting at {@code from}. The first token may be read under several keys (an Arabic word
     * with and without its clitic «و»); the following tokens under {@code key} only.
     */
    public Optional<Match<T>> longestAt(List<Token> tokens, int from, List<String> firstKeys,
                                        Function<Token, String> key) {
        Match<T> best = null;
        for (String first : firstKeys) {
            Node<T> node = root.children.get(first);
            int i = from + 1;
            while (node != null) {
                if (!node.values.isEmpty() && (best == null || i - from > best.length())) {
                    best = new Match<>(from, i - from, List.copyOf(node.values));
                }
                node = i < tokens.size() ? node.children.get(key.apply(tokens.get(i))) : null;
                i++;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A phrase found at token {@code from}, {@code length} tokens long, with every value filed under it. */
    public record Match<T>(int from, int length, List<T> values) {
        public int end() {
            return from + length;
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> children = new HashMap<>();
        final List<T> values = new ArrayList<>(1);
    }
}
