package org.briefingengine.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A taxonomy entry; a child topic ({@code climate-security}) also counts for its family ({@code climate}).
 * {@code keepCapital} marks a label that starts with a name ("Palestinian question") and keeps its capital inside a
 * sentence.
 */
public record Topic(String id, Map<Lang, String> labels, Map<Lang, List<String>> synonyms, String parent,
                    boolean keepCapital) {

    public Topic {
        Objects.requireNonNull(id, "topic id must not be null");
        labels = Map.copyOf(labels);
        synonyms = Map.copyOf(synonyms);
        if (!labels.containsKey(Lang.EN)) {
            throw new IllegalArgumentException("topic " + id + " needs an English label");
        }
    }

    public Topic(String id, Map<Lang, String> labels, Map<Lang, List<String>> synonyms, String parent) {
        this(id, labels, synonyms, parent, false);
    }

    public String label() {
        return labels.get(Lang.EN);
    }

    /**
     * The English label as it reads inside a sentence: "civic space", "climate and security"; a label whose first
     * word is an abbreviation or a name keeps it ("COVID-19 response", "North–South solidarity", "UN reform"), and so
     * does one marked {@code keepCapital}.
     */
    public String inSentence() {
        String label = label();
        String firstWord = label.split("\\s", 2)[0];
        boolean nameFirst = firstWord.codePoints().skip(1)
                .anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return keepCapital || nameFirst || label.isEmpty() ? label
                : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    public Optional<String> parentId() {
        return Optional.ofNullable(parent);
    }

    /** The family this topic counts for: its parent, or itself at the top. */
    public String family() {
        return parent == null ? id : parent;
    }
}
