package org.briefingengine.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingengine.model.Lang;

/**
 * The cue lists of {@code rules/extract/}: what signals a meeting, a co-chair, a host, a mode or a level; month
 * names, number words, ordinals, cities, ambiguous terms and Arabic clitics. Analysts edit these files; nothing
 * here is compiled into the jar.
 */
public record CueBook(Map<String, Map<Lang, List<String>>> cues, Map<Lang, Map<String, Integer>> months,
                      Map<Lang, List<String>> yearWords, Map<Lang, Map<String, Integer>> relativeDays,
                      Map<Lang, Map<String, Integer>> weekdays,
                      int minYear, int maxYear, Map<Lang, Map<String, Integer>> numberWords,
                      Map<Lang, Map<String, Integer>> ordinals, List<PlaceName> places,
                      List<AmbiguousTerm> ambiguousTerms, ArabicClitics arabic) {

    public static final String FOLDER = "extract";

    /** A city as the text names it, and the place string written into the draft ("Paris, France"). */
    public record PlaceName(String place, Map<Lang, List<String>> names) { }

    /** A taxonomy synonym that counts for its topic only beside one of its context words. */
    public record AmbiguousTerm(String topic, Map<Lang, List<String>> phrases, Map<Lang, List<String>> context,
                                String why) { }

    /**
     * Arabic clitics that may be glued to a name: conjunctions («و», «ف») and the preposition «ل», which absorbs
     * the alef of the article («للاتحاد» is «ل» + «الاتحاد»). Other prepositions («ب», «ك») are not allowed, so
     * «بالفرنسية» (in French) does not name France. Adjective endings mark a definite adjective that continues a
     * one-word name into a longer one («المفوضية الأوروبية»).
     */
    public record ArabicClitics(List<String> conjunctions, List<String> prepositionsBeforeArticle, String article,
                                List<String> adjectiveEndings) { }

    public List<String> cue(String kind, Lang lang) {
        return cues.getOrDefault(kind, Map.of()).getOrDefault(lang, List.of());
    }

    /** Reads every cue file; a missing or malformed file is one {@link CueFileException} naming file and key. */
    public static CueBook load(Path rulesDir) {
        Path dir = rulesDir.resolve(FOLDER);
        JsonNode cues = read(dir.resolve("cues.json"));
        JsonNode calendar = read(dir.resolve("calendar.json"));
        JsonNode numbers = read(dir.resolve("numbers.json"));
        JsonNode places = read(dir.resolve("places.json"));
        JsonNode ambiguous = read(dir.resolve("ambiguous.json"));
        JsonNode arabic = read(dir.resolve("arabic.json"));
        Map<String, Map<Lang, List<String>>> cueLists = new LinkedHashMap<>();
        cues.fields().forEachRemaining(e -> cueLists.put(e.getKey(),
                languageLists(e.getValue(), dir.resolve("cues.json"), e.getKey())));
        Path calendarFile = dir.resolve("calendar.json");
        JsonNode yearRange = required(calendar, "yearRange", calendarFile);
        return new CueBook(cueLists,
                languageNumbers(required(calendar, "months", calendarFile), calendarFile, "months"),
                languageLists(required(calendar, "yearWords", calendarFile), calendarFile, "yearWords"),
                languageNumbers(required(calendar, "relativeDays", calendarFile), calendarFile, "relativeDays"),
                languageNumbers(required(calendar, "weekdays", calendarFile), calendarFile, "weekdays"),
                required(yearRange, "min", calendarFile).asInt(), required(yearRange, "max", calendarFile).asInt(),
                languageNumbers(required(numbers, "numberWords", dir.resolve("numbers.json")),
                        dir.resolve("numbers.json"), "numberWords"),
                languageNumbers(required(numbers, "ordinals", dir.resolve("numbers.json")),
                        dir.resolve("numbers.json"), "ordinals"),
                places(places, dir.resolve("places.json")), ambiguous(ambiguous, dir.resolve("ambiguous.json")),
                clitics(arabic, dir.resolve("arabic.json")));
    }

    private static List<PlaceName> places(JsonNode root, Path file) {
        List<PlaceName> list = new ArrayList<>();
        for (JsonNode p : required(root, "places", file)) {
            list.add(new PlaceName(required(p, "place", file).asText(),
                    languageLists(required(p, "names", file), file, "places/names")));
        }
        return list;
    }

    private static List<AmbiguousTerm> ambiguous(JsonNode root, Path file) {
        List<AmbiguousTerm> list = new ArrayList<>();
        for (JsonNode t : required(root, "ambiguousTerms", file)) {
            list.add(new AmbiguousTerm(required(t, "topic", file).asText(),
                    languageLists(required(t, "phrases", file), file, "phrases"),
                    languageLists(required(t, "context", file), file, "context"), t.path("why").asText("")));
        }
        return list;
    }

    private static ArabicClitics clitics(JsonNode root, Path file) {
        return new ArabicClitics(strings(required(root, "conjunctionPrefixes", file), file, "conjunctionPrefixes"),
                strings(required(root, "prepositionBeforeArticle", file), file, "prepositionBeforeArticle"),
                required(root, "article", file).asText(),
                strings(required(root, "adjectiveEndings", file), file, "adjectiveEndings"));
    }

    private static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CueFileException(file + ": cue file is missing: restore it from rules/extract/ in the release");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new CueFileException(file + ": the top level must be a JSON object");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CueFileException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON (" + e.getOriginalMessage() + "): fix the syntax");
        } catch (IOException e) {
            throw new CueFileException(file + ": cannot read the cue file (" + e.getMessage() + ")");
        }
    }

    private static JsonNode required(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new CueFileException(file + ": missing field '" + field + "'");
        }
        return value;
    }

    private static Map<Lang, List<String>> languageLists(JsonNode node, Path file, String where) {
        Map<Lang, List<String>> map = new EnumMap<>(Lang.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            map.put(lang(e.getKey(), file, where), strings(e.getValue(), file, where + "/" + e.getKey()));
        }
        return map;
    }

    private static Map<Lang, Map<String, Integer>> languageNumbers(JsonNode node, Path file, String where) {
        Map<Lang, Map<String, Integer>> map = new EnumMap<>(Lang.class);
        node.fields().forEachRemaining(e -> {
            Map<String, Integer> words = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(w -> {
                if (!w.getValue().canConvertToInt()) {
                    throw new CueFileException(file + ": " + where + "/" + e.getKey() + "/" + w.getKey()
                            + " must be a whole number, not " + w.getValue());
                }
                words.put(w.getKey(), w.getValue().asInt());
            });
            map.put(lang(e.getKey(), file, where), words);
        });
        return map;
    }

    private static List<String> strings(JsonNode node, Path file, String where) {
        if (!node.isArray()) {
            throw new CueFileException(file + ": " + where + " must be a list of strings");
        }
        List<String> list = new ArrayList<>();
        node.forEach(s -> {
            if (!s.isTextual() || s.asText().isBlank()) {
                throw new CueFileException(file + ": " + where + " holds " + s + ", not a non-blank string");
            }
            list.add(s.asText());
        });
        return List.copyOf(list);
    }

    private static Lang lang(String code, Path file, String where) {
        for (Lang l : Lang.values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new CueFileException(file + ": " + where + ": unknown language '" + code + "'; use en, fr or ar");
    }
}
