package org.briefingengine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A taxonomy entry; a child topic ({@code climate-security}) also counts for its family ({@code climate}). */
public record Topic(String id, Map<Lang, String> labels, Map<Lang, List<String>> synonyms, String parent) {

    public Topic {
        Objects.requireNonNull(id, "topic id must not be null");
        labels = Map.copyOf(labels);
        synonyms = Map.copyOf(synonyms);
        if (!labels.containsKey(Lang.EN)) {
            throw new IllegalArgumentException("topic " + id + " needs an English label");
        }
    }

    public String label() {
        return labels.get(Lang.EN);
    }

    public Optional<String> parentId() {
        return Optional.ofNullable(parent);
    }

    /** The family this topic counts for: its parent, or itself at the top. */
    public String family() {
        return parent == null ? id : parent;
    }
}
