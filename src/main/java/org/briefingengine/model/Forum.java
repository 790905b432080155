package org.briefingengine.model;

import java.util.List;
import java.util.Objects;

/**
 * A forum whose meetings are analysed. {@code cadenceYears} is how often it usually meets (1 = yearly,
 * 2 = biennial, 0 = irregular): trend rules use it so a biennial forum's off year is not read as fading.
 */
public record Forum(String id, Names names, ForumKind kind, List<String> convenors, int cadenceYears,
                    List<Source> sources) {

    public Forum {
        Objects.requireNonNull(id, "forum id must not be null");
        Objects.requireNonNull(names, "forum names must not be null");
        Objects.requireNonNull(kind, "forum kind must not be null");
        convenors = List.copyOf(convenors);
        sources = List.copyOf(sources);
        if (cadenceYears < 0) {
            throw new IllegalArgumentException("cadenceYears must not be negative");
        }
    }
}
