package org.briefingengine.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A forum whose meetings are analysed. {@code cadenceYears} is how often it usually meets (1 = yearly,
 * 2 = biennial, 0 = irregular): trend rules use it so a biennial forum's off year is not read as fading.
 * {@code members} belong to the forum whoever speaks (the Security Council's permanent members), so they are never
 * "new" there. {@code recordedSince}, when set, says the record holds every meeting of the forum from that date on;
 * when it is null the record holds a sample and rules claim only what the record shows. {@code manyPerDay} says the
 * forum takes many decisions a day, each its own meeting (the General Assembly's roll calls): meetings of one day are
 * then not read as one meeting recorded twice.
 */
public record Forum(String id, Names names, ForumKind kind, List<String> convenors, int cadenceYears,
                    List<Source> sources, List<String> members, PartialDate recordedSince, boolean manyPerDay) {

    public Forum {
        Objects.requireNonNull(id, "forum id must not be null");
        Objects.requireNonNull(names, "forum names must not be null");
        Objects.requireNonNull(kind, "forum kind must not be null");
        convenors = List.copyOf(convenors);
        sources = List.copyOf(sources);
        members = members == null ? List.of() : List.copyOf(members);
        if (cadenceYears < 0) {
            throw new IllegalArgumentException("cadenceYears must not be negative");
        }
    }

    /** A forum that meets at most once a day. */
    public Forum(String id, Names names, ForumKind kind, List<String> convenors, int cadenceYears,
                 List<Source> sources, List<String> members, PartialDate recordedSince) {
        this(id, names, kind, convenors, cadenceYears, sources, members, recordedSince, false);
    }

    /** A forum with no declared members and unknown coverage. */
    public Forum(String id, Names names, ForumKind kind, List<String> convenors, int cadenceYears,
                 List<Source> sources) {
        this(id, names, kind, convenors, cadenceYears, sources, List.of(), null);
    }

    public Optional<PartialDate> recordedSinceIfKnown() {
        return Optional.ofNullable(recordedSince);
    }
}
