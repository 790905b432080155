package org.briefingengine.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingengine.extract.text.PhraseTrie;
import org.briefingengine.extract.text.TextAnalyzer;
import org.briefingengine.extract.text.Token;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Names;

/**
 * Every phrase the extractor looks for, tokenised exactly like the article so that matching is on whole
 * normalised tokens: register names (actors, persons, forums) and cities on normalised forms, taxonomy labels and
 * synonyms on light stems, cues in the article's language on normalised forms.
 */
final class Lexicons {

    /** What a name in the register or the city list stands for. */
    record NameRef(Mention.Kind kind, String id) { }

    final Lang language;
    final TextAnalyzer analyzer;
    final PhraseTrie<NameRef> names = new PhraseTrie<>();
    final PhraseTrie<NameRef> places = new PhraseTrie<>();
    final PhraseTrie<String> topics = new PhraseTrie<>();
    final PhraseTrie<Cue> cues = new PhraseTrie<>();
    final Map<List<String>, CueBook.AmbiguousTerm> ambiguousTopics = new HashMap<>();
    final Map<CueBook.AmbiguousTerm, Set<String>> ambiguityContext = new HashMap<>();
    final List<String> conjunctions;
    final List<String> articlePrepositions;
    final List<String> gluedPlacePrepositions = new ArrayList<>();
    final Set<String> placePrepositions = new HashSet<>();
    final Set<String> rangeWords = new HashSet<>();
    final Set<String> yearWords = new HashSet<>();
    final String article;
    final List<String> adjectiveEndings;
    /** Four-digit numbers outside this range are counts, not years. */
    final int minYear;
    final int maxYear;

    Lexicons(FactSet registers, CueBook book, Lang language) {
        this.language = language;
        this.minYear = book.minYear();
        this.maxYear = book.maxYear();
        this.analyzer = new TextAnalyzer();
        CueBook.ArabicClitics arabic = book.arabic();
        this.conjunctions = arabic.conjunctions().stream().map(this::norm).toList();
        this.articlePrepositions = arabic.prepositionsBeforeArticle().stream().map(this::norm).toList();
        this.article = norm(arabic.article());
        this.adjectiveEndings = arabic.adjectiveEndings().stream().map(this::norm).toList();
        registers.actors().forEach(a -> addNames(names, a.names(), new NameRef(Mention.Kind.ACTOR, a.id())));
        registers.persons().forEach(p -> addNames(names, p.names(), new NameRef(Mention.Kind.PERSON, p.id())));
        registers.forums().forEach(f -> addNames(names, f.names(), new NameRef(Mention.Kind.FORUM, f.id())));
        for (CueBook.PlaceName place : book.places()) {
            NameRef ref = new NameRef(Mention.Kind.PLACE, place.place());
            place.names().values().forEach(list -> list.forEach(n -> {
                names.add(normKeys(n), ref);
                places.add(normKeys(n), ref);
            }));
        }
        registers.topics().forEach(t -> {
            t.labels().values().forEach(l -> topics.add(stemKeys(l), t.id()));
            t.synonyms().values().forEach(list -> list.forEach(s -> topics.add(stemKeys(s), t.id())));
        });
        for (CueBook.AmbiguousTerm term : book.ambiguousTerms()) {
            term.phrases().values().forEach(list -> list.forEach(p -> ambiguousTopics.put(stemKeys(p), term)));
            Set<String> context = new HashSet<>();
            term.context().values().forEach(list -> list.forEach(c -> context.addAll(stemKeys(c))));
            ambiguityContext.put(term, context);
        }
        book.cues().forEach((kind, byLang) -> byLang.getOrDefault(language, List.of())
                .forEach(phrase -> cues.add(normKeys(phrase), new Cue(kind, 0, 0, 0, 0, 0, 0, false))));
        addNumbered(book.months(), "month");
        addNumbered(book.relativeDays(), "relativeDay");
        addNumbered(book.weekdays(), "weekday");
        addNumbered(book.numberWords(), "numberWord");
        addNumbered(book.ordinals(), "ordinal");
        for (String p : book.cue("placePreposition", language)) {
            String n = norm(p);
            placePrepositions.add(n);
            if (n.length() == 1) {
                gluedPlacePrepositions.add(n);
            }
        }
        book.cue("rangeWord", language).forEach(w -> rangeWords.add(norm(w)));
        book.yearWords().getOrDefault(language, List.of()).forEach(w -> yearWords.add(norm(w)));
    }

    private void addNumbered(Map<Lang, Map<String, Integer>> words, String kind) {
        words.getOrDefault(language, Map.of())
                .forEach((w, n) -> cues.add(normKeys(w), new Cue(kind, n, 0, 0, 0, 0, 0, false)));
    }

    private void addNames(PhraseTrie<NameRef> trie, Names names, NameRef ref) {
        names.primary().values().forEach(n -> trie.add(normKeys(n), ref));
        names.aliases().values().forEach(list -> list.forEach(n -> trie.add(normKeys(n), ref)));
    }

    Lang latinLanguage() {
        return language == Lang.AR ? Lang.EN : language;
    }

    List<Token> tokens(String text) {
        return analyzer.tokens(text, latinLanguage());
    }

    List<String> normKeys(String phrase) {
        return tokens(phrase).stream().map(Token::norm).toList();
    }

    List<String> stemKeys(String phrase) {
        return tokens(phrase).stream().map(Token::stem).toList();
    }

    private String norm(String word) {
        List<Token> t = tokens(word);
        return t.isEmpty() ? word : t.get(0).norm();
    }

    /**
     * The forms a first word may take in the register: itself, without a conjunction («والاتحاد» → «الاتحاد»),
     * and with «ل» + article restored («للاتحاد» → «الاتحاد»).
     */
    List<String> nameForms(Token token) {
        List<String> forms = new ArrayList<>(List.of(token.norm()));
        if (!token.isArabic()) {
            return forms;
        }
        for (String conj : conjunctions) {
            if (token.norm().startsWith(conj) && token.norm().length() > conj.length() + 1) {
                forms.add(token.norm().substring(conj.length()));
            }
        }
        String articleTail = article.substring(1);
        for (String form : List.copyOf(forms)) {
            for (String prep : articlePrepositions) {
                String glued = prep + articleTail;
                if (form.startsWith(glued) && form.length() > glued.length() + 1) {
                    forms.add(article + form.substring(glued.length()));
                }
            }
        }
        return forms;
    }

    /** As {@link #nameForms}, plus the forms without a one-letter place preposition («ببروكسل» → «بروكسل»). */
    List<String> placeForms(Token token) {
        List<String> forms = new ArrayList<>();
        if (!token.isArabic()) {
            return forms;
        }
        for (String form : nameForms(token)) {
            for (String prep : gluedPlacePrepositions) {
                if (form.startsWith(prep) && form.length() > prep.length() + 1) {
                    forms.add(form.substring(prep.length()));
                }
            }
        }
        return forms;
    }

    /** Whether {@code token} is a definite Arabic adjective («الأوروبية»): article at the front, nisba at the end. */
    boolean isDefiniteAdjective(Token token) {
        String n = token.norm();
        return token.isArabic() && n.startsWith(article) && adjectiveEndings.stream().anyMatch(n::endsWith);
    }
}
