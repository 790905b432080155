package org.briefingengine.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for misspelt ids: the closest known id within a small edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The known id closest to {@code wrong}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
        return known.stream()
                .filter(k -> distance(wrong.toLowerCase(), k.toLowerCase()) <= allowed)
                .min(Comparator.comparingInt((String k) -> distance(wrong.toLowerCase(), k.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** The message tail " (did you mean 'x'?)", or empty. */
    public static String didYouMean(String wrong, Collection<String> known) {
        return closest(wrong, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
