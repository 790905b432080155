package org.briefingengine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingengine.model.Lang;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Source;
import org.briefingengine.model.Suggestions;

/**
 * Typed reads of one document's fields. Every read that fails records a problem at the field's pointer and
 * returns {@code null} (or an empty value), so binding goes on and all problems surface in one pass.
 */
final class Fields extends DocumentReads {

    private static final Set<String> SOURCE_FIELDS = Set.of("document", "url", "language", "pointer", "quote");
    /** Fields holding ids: checked as ids (a direction control makes them invalid), never silently cleaned. */
    private static final Set<String> ID_FIELDS = Set.of("id", "forum", "affiliation", "parent", "language",
            "convenors", "coChairs", "hosts", "participants", "people", "topics");

    /** Texts longer than this are seldom repeated (titles, notes), so they are not worth sharing. */
    private static final int SHARED_LENGTH = 64;

    private final Interner interner;

    Fields(JsonDocument doc, Problems problems) {
        this(doc, problems, new Interner());
    }

    /** Reads whose repeated ids and short texts are shared through {@code interner}, across documents. */
    Fields(JsonDocument doc, Problems problems, Interner interner) {
        super(doc, problems);
        this.interner = interner;
    }

    /** The array under {@code field} of a file's root, each element with its pointer. */
    List<Element> array(JsonNode parent, String pointer, String field) {
        JsonNode node = parent.get(field);
        String at = pointer + "/" + field;
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            error(at, "'" + field + "' must be an array, not " + kind(node));
            return List.of();
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String child = at + "/" + i;
            if (!node.get(i).isObject()) {
                error(child, "each entry of '" + field + "' must be an object, not " + kind(node.get(i)));
            } else {
                elements.add(new Element(node.get(i), child));
            }
        }
        return elements;
    }

    void rejectUnknown(Element e, Set<String> allowed) {
        rejectUnknown(e.node(), e.pointer(), allowed, "field",
                "allowed: " + allowed.stream().sorted().collect(Collectors.joining(", ")));
    }

    String requiredText(Element e, String field) {
        String value = optionalText(e, field);
        JsonNode node = e.node().get(field);
        if (node == null) {
            error(e.pointer(), "missing required field '" + field + "'");
        } else if (node.isNull()) {
            // Without this, "id": null would drop the fact without a word.
            error(child(e.pointer(), field), "required field '" + field + "' must not be null");
        } else if (value != null && value.isBlank()) {
            error(e.pointer() + "/" + field, "'" + field + "' must not be blank");
            return null;
        }
        return value;
    }

    String optionalText(Element e, String field) {
        JsonNode node = e.node().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            error(e.pointer() + "/" + field, "'" + field + "' must be a string, not " + kind(node));
            return null;
        }
        String text = ID_FIELDS.contains(field) ? node.textValue() : clean(child(e.pointer(), field), field,
                node.textValue());
        // A fact's own id is unique; what refers to it, and short texts such as places, repeat.
        return field.equals("id") || text.length() > SHARED_LENGTH ? text : interner.of(text);
    }

    /** A required id, which must have the documented form for its kind ("forum", "actor", …). */
    String id(Element e, String kind) {
        String id = requiredText(e, "id");
        if (id != null) {
            TextHygiene.idProblem(kind, id).ifPresent(problem -> error(child(e.pointer(), "id"), problem));
        }
        return id;
    }

    /** Free text without direction controls, with a warning where they were. */
    private String clean(String pointer, String field, String text) {
        String cleaned = TextHygiene.withoutBidiControls(text);
        if (!cleaned.equals(text)) {
            warn(pointer, TextHygiene.bidiWarning(field, text));
        }
        return cleaned;
    }

    Integer optionalInt(Element e, String field) {
        JsonNode node = e.node().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            error(e.pointer() + "/" + field, "'" + field + "' must be a whole number of at least 0, not " + node);
            return null;
        }
        return node.intValue();
    }

    /** {@code true} or {@code false}; null when absent. */
    Boolean optionalBoolean(Element e, String field) {
        JsonNode node = e.node().get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            error(e.pointer() + "/" + field, "'" + field + "' must be true or false, not " + kind(node));
            return null;
        }
        return node.booleanValue();
    }

    /** An object from ids to positive numbers: {@code {"health": 3, "migration": 1.5}}. */
    Map<String, Double> positiveNumbers(Element e, String field) {
        JsonNode node = e.node().get(field);
        if (node == null || node.isNull()) {
            return Map.of();
        }
        String at = e.pointer() + "/" + field;
        if (!node.isObject()) {
            error(at, "'" + field + "' must be an object such as {\"health\": 3}, not " + kind(node));
            return Map.of();
        }
        Map<String, Double> values = new java.util.TreeMap<>();
        node.fields().forEachRemaining(entry -> {
            JsonNode value = entry.getValue();
            if (value.isNumber() && value.doubleValue() > 0 && Double.isFinite(value.doubleValue())) {
                values.put(entry.getKey(), value.doubleValue());
            } else {
                error(child(at, entry.getKey()), "the weight of '" + entry.getKey()
                        + "' must be a number above 0, not " + value);
            }
        });
        return values;
    }

    List<String> textList(Element e, String field) {
        JsonNode node = e.node().get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        String at = e.pointer() + "/" + field;
        if (!node.isArray()) {
            error(at, "'" + field + "' must be an array of strings, not " + kind(node));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isTextual() && !item.textValue().isBlank()) {
                values.add(interner.of(ID_FIELDS.contains(field) ? item.textValue()
                        : clean(at + "/" + i, field, item.textValue())));
            } else {
                error(at + "/" + i, "each entry of '" + field + "' must be a non-blank string, not " + kind(item));
            }
        }
        TextHygiene.duplicateProblem(field, values).ifPresent(problem -> error(at, problem));
        return values;
    }

    /** An object of string arrays keyed by any name: {@code {"voted-yes": ["FRA", "DEU"], "voted-no": []}}. */
    Map<String, List<String>> textListsByKey(Element e, String field) {
        JsonNode node = e.node().get(field);
        if (node == null || node.isNull()) {
            return Map.of();
        }
        String at = e.pointer() + "/" + field;
        if (!node.isObject()) {
            error(at, "'" + field + "' must be an object of arrays such as {\"voted-yes\": [\"FRA\"]}, not "
                    + kind(node));
            return Map.of();
        }
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        node.fieldNames().forEachRemaining(key -> lists.put(key, textList(new Element(node, at), key)));
        return lists;
    }

    /** An enum written lower-case hyphenated in JSON ({@code in-person} for {@code IN_PERSON}). */
    <E extends Enum<E>> E enumValue(Element e, String field, Class<E> type, boolean required) {
        String text = required ? requiredText(e, field) : optionalText(e, field);
        if (text == null) {
            return null;
        }
        String constant = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(constant)) {
                return value;
            }
        }
        List<String> allowed = Stream.of(type.getEnumConstants()).map(Fields::jsonName).toList();
        error(e.pointer() + "/" + field, "'" + text + "' is not a valid " + field + Suggestions.didYouMean(text, allowed)
                + "; use one of " + String.join(", ", allowed));
        return null;
    }

    static String jsonName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    PartialDate date(Element e, String field, boolean required) {
        String text = required ? requiredText(e, field) : optionalText(e, field);
        if (text == null) {
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(text);
            var outOfRange = TextHygiene.dateProblem(date);
            if (outOfRange.isPresent()) {
                error(e.pointer() + "/" + field, "'" + text + "': " + outOfRange.get());
                return null;
            }
            return date;
        } catch (IllegalArgumentException bad) {
            error(e.pointer() + "/" + field, bad.getMessage());
            return null;
        }
    }

    /** A map from language code to one string: {@code {"en": "…", "ar": "…"}}. */
    Map<Lang, String> languageMap(Element e, String field, boolean englishRequired) {
        JsonNode node = e.node().get(field);
        String at = e.pointer() + "/" + field;
        if (node == null || node.isNull()) {
            if (englishRequired) {
                error(e.pointer(), "missing required field '" + field + "' (at least {\"en\": \"…\"})");
            }
            return Map.of();
        }
        if (!node.isObject()) {
            error(at, "'" + field + "' must be an object of language codes (en, fr, ar), not " + kind(node));
            return Map.of();
        }
        Map<Lang, String> values = new EnumMap<>(Lang.class);
        node.fields().forEachRemaining(entry -> {
            Lang lang = language(child(at, entry.getKey()), entry.getKey());
            if (lang == null) {
                return;
            }
            if (entry.getValue().isTextual() && !entry.getValue().textValue().isBlank()) {
                values.put(lang, clean(child(at, entry.getKey()), field, entry.getValue().textValue()));
            } else {
                error(child(at, entry.getKey()), "must be a non-blank string, not " + kind(entry.getValue()));
            }
        });
        if (englishRequired && !values.containsKey(Lang.EN)) {
            error(at, "an English ('en') entry is required");
        }
        return values;
    }

    /** A map from language code to a list of strings: {@code {"ar": ["…", "…"]}}. */
    Map<Lang, List<String>> languageLists(Element e, String field) {
        JsonNode node = e.node().get(field);
        String at = e.pointer() + "/" + field;
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            error(at, "'" + field + "' must be an object of language codes to lists, not " + kind(node));
            return Map.of();
        }
        Map<Lang, List<String>> values = new EnumMap<>(Lang.class);
        node.fields().forEachRemaining(entry -> {
            Lang lang = language(child(at, entry.getKey()), entry.getKey());
            if (lang != null) {
                values.put(lang, Collections.unmodifiableList(
                        textList(new Element(node, at), entry.getKey())));
            }
        });
        return values;
    }

    private Lang language(String pointer, String code) {
        for (Lang lang : Lang.values()) {
            if (lang.code().equals(code)) {
                return lang;
            }
        }
        error(pointer, "unknown language '" + code + "'; use en, fr or ar");
        return null;
    }

    Lang languageField(Element e, String field) {
        String code = requiredText(e, field);
        return code == null ? null : language(e.pointer() + "/" + field, code);
    }

    List<Source> sources(Element e, String field) {
        List<Source> sources = new ArrayList<>();
        for (Element s : array(e.node(), e.pointer(), field)) {
            rejectUnknown(s, SOURCE_FIELDS);
            String document = optionalText(s, "document");
            String url = optionalText(s, "url");
            Lang lang = languageField(s, "language");
            if (isBlank(document) && isBlank(url)) {
                error(s.pointer(), "a source needs a 'document' (seed file name) or a 'url'");
            } else if (lang != null) {
                sources.add(new Source(document, url, lang, optionalText(s, "pointer"), optionalText(s, "quote")));
            }
        }
        return sources;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }
}
