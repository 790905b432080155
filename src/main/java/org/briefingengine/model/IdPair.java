package org.briefingengine.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Two distinct ids in order ({@code first} sorts before {@code second}): a pair of co-chairs, of leads, of topics. */
public record IdPair(String first, String second) {

    /** Every pair of the distinct ids, each once, in order: [a, b, c] gives (a, b), (a, c), (b, c). */
    public static List<IdPair> allOf(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
        List<IdPair> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(new IdPair(sorted.get(i), sorted.get(j)));
            }
        }
        return pairs;
    }
}
