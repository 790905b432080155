package org.briefingengine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A name per language plus aliases per language (EU, UE, الاتحاد الأوروبي, EEAS). */
public record Names(Map<Lang, String> primary, Map<Lang, List<String>> aliases) {

    public Names {
        primary = Map.copyOf(Objects.requireNonNull(primary, "primary names must not be null"));
        // A language with no aliases is the same as one not given: {"fr": []} and no "fr" read alike.
        Map<Lang, List<String>> given = new java.util.EnumMap<>(Lang.class);
        Objects.requireNonNull(aliases, "aliases must not be null").forEach((lang, names) -> {
            if (!names.isEmpty()) {
                given.put(lang, List.copyOf(names));
            }
        });
        aliases = Map.copyOf(given);
        if (!primary.containsKey(Lang.EN)) {
            throw new IllegalArgumentException("an English name is required");
        }
    }

    public static Names english(String name) {
        return new Names(Map.of(Lang.EN, name), Map.of());
    }

    public String en() {
        return primary.get(Lang.EN);
    }

    public Optional<String> in(Lang lang) {
        return Optional.ofNullable(primary.get(lang));
    }

    public String arOrEmpty() {
        return primary.getOrDefault(Lang.AR, "");
    }

    public List<String> aliasesIn(Lang lang) {
        return aliases.getOrDefault(lang, List.of());
    }
}
