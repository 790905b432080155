package org.briefingengine.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingengine.extract.Lexicons.NameRef;
import org.briefingengine.extract.text.PhraseTrie;
import org.briefingengine.extract.text.Token;
import org.briefingengine.model.PartialDate;

/**
 * Reads one article with the lexicons: cues first (they never hide names), then names and topics in one pass where
 * the longest phrase at each position wins, names before topics on a tie; then dates.
 */
final class ArticleAnalyser {

    /** Punctuation that ends a clause: the reach of "on the sidelines of" and of a role cue. */
    static final String CLAUSE_STOPS = "،,؛;:()[]";

    private final Lexicons lexicons;
    private final PartialDate published;

    ArticleAnalyser(Lexicons lexicons, PartialDate published) {
        this.lexicons = lexicons;
        this.published = published;
    }

    Analysis analyse(Article article) {
        List<Token> tokens = lexicons.tokens(article.text());
        int[] sentenceOf = sentenceOfTokens(article, tokens);
        List<Cue> cues = cues(article, tokens, sentenceOf);
        boolean[] occasion = occasionTokens(article, tokens, cues);
        cues = cues.stream().map(c -> occasion[c.from()] && !c.kind().equals("occasion") ? c.inOccasion() : c)
                .toList();
        List<Analysis.UnknownName> unknown = new ArrayList<>();
        List<Analysis.ReviewNote> notes = new ArrayList<>();
        List<Mention> mentions = mentions(article, tokens, sentenceOf, occasion, unknown, notes);
        cues = withoutCuesInsideNames(cues, mentions);
        unknown.addAll(unknownAcronyms(article, tokens, sentenceOf, mentions));
        List<FoundDate> dates = new DateFinder(lexicons, article, tokens, sentenceOf, cues, published, notes).find();
        return Analysis.of(article, lexicons.language, tokens, mentions, cues, dates, unknown, notes);
    }

    /** "(AIPR)" after a name: an acronym in brackets that no register name covers is an organisation to propose. */
    private static List<Analysis.UnknownName> unknownAcronyms(Article article, List<Token> tokens, int[] sentenceOf,
                                                             List<Mention> mentions) {
        List<Analysis.UnknownName> found = new ArrayList<>();
        boolean[] named = new boolean[tokens.size()];
        mentions.forEach(m -> java.util.Arrays.fill(named, m.from(), m.to(), true));
        for (Token t : tokens) {
            String surface = article.quote(t.start(), t.end());
            boolean bracketed = t.start() > 0 && t.end() < article.text().length()
                    && article.text().charAt(t.start() - 1) == '(' && article.text().charAt(t.end()) == ')';
            boolean acronym = surface.length() >= 2 && surface.length() <= 10
                    && surface.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || c == '-');
            if (bracketed && acronym && !named[t.index()]) {
                found.add(new Analysis.UnknownName(surface, t.start(), t.end(), sentenceOf[t.index()],
                        "an acronym in brackets the registers do not know"));
            }
        }
        return found;
    }

    /** «المؤتمر الدولي لمنطقة البحيرات العظمى» names an organisation; its «المؤتمر» is not a meeting. */
    private static List<Cue> withoutCuesInsideNames(List<Cue> cues, List<Mention> mentions) {
        int size = cues.stream().mapToInt(Cue::to).max().orElse(0)
                + mentions.stream().mapToInt(Mention::to).max().orElse(0);
        int[] nameEnd = new int[size + 1];
        mentions.stream().filter(m -> m.kind() == Mention.Kind.ACTOR || m.kind() == Mention.Kind.PERSON)
                .forEach(m -> {
                    for (int t = m.from(); t < m.to(); t++) {
                        nameEnd[t] = Math.max(nameEnd[t], m.to());
                    }
                });
        return cues.stream().filter(c -> nameEnd[c.from()] < c.to()).toList();
    }

    private static int[] sentenceOfTokens(Article article, List<Token> tokens) {
        int[] of = new int[tokens.size()];
        int s = 0;
        List<Article.Span> sentences = article.sentences();
        for (Token t : tokens) {
            while (s + 1 < sentences.size() && t.start() >= sentences.get(s).end()) {
                s++;
            }
            of[t.index()] = s;
        }
        return of;
    }

    /**
     * The longest cue at each word. A cue inside a longer cue of the same kind is not counted twice, but a cue of
     * another kind is: «يتحدث في الاجتماع» is participation, and its «الاجتماع» is still a meeting.
     */
    private List<Cue> cues(Article article, List<Token> tokens, int[] sentenceOf) {
        List<Cue> found = new ArrayList<>();
        java.util.Map<String, Integer> reach = new java.util.HashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<PhraseTrie.Match<Cue>> match = lexicons.cues.longestAt(tokens, i,
                    lexicons.nameForms(tokens.get(i)), Token::norm);
            if (match.isPresent() && sameSentence(sentenceOf, i, match.get().end())) {
                var m = match.get();
                for (Cue c : m.values()) {
                    if (reach.getOrDefault(c.kind(), 0) < m.end()) {
                        reach.put(c.kind(), m.end());
                        found.add(c.at(m.from(), m.end(), tokens.get(m.from()).start(), tokens.get(m.end() - 1).end(),
                                sentenceOf[i]));
                    }
                }
            }
            i++;
        }
        return found;
    }

    private static boolean sameSentence(int[] sentenceOf, int from, int end) {
        return sentenceOf[from] == sentenceOf[end - 1];
    }

    /** Tokens from an occasion cue to the end of its clause. */
    private static boolean[] occasionTokens(Article article, List<Token> tokens, List<Cue> cues) {
        boolean[] marked = new boolean[tokens.size()];
        for (Cue cue : cues) {
            if (!cue.kind().equals("occasion")) {
                continue;
            }
            int stop = clauseEnd(article, cue.end(), article.sentences().get(cue.sentence()).end());
            for (int t = cue.from(); t < tokens.size() && tokens.get(t).start() < stop; t++) {
                marked[t] = true;
            }
        }
        return marked;
    }

    /** The first clause stop at or after {@code from}, or {@code limit}. */
    static int clauseEnd(Article article, int from, int limit) {
        for (int c = from; c < limit; c++) {
            if (CLAUSE_STOPS.indexOf(article.text().charAt(c)) >= 0) {
                return c;
            }
        }
        return limit;
    }

    /** The last clause stop before {@code from}, or {@code limit}. */
    static int clauseStart(Article article, int from, int limit) {
        for (int c = from - 1; c >= limit; c--) {
            if (CLAUSE_STOPS.indexOf(article.text().charAt(c)) >= 0) {
                return c + 1;
            }
        }
        return limit;
    }

    private List<Mention> mentions(Article article, List<Token> tokens, int[] sentenceOf, boolean[] occasion,
                                   List<Analysis.UnknownName> unknown, List<Analysis.ReviewNote> notes) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            var name = lexicons.names.longestAt(tokens, i, lexicons.nameForms(token), Token::norm);
            var place = lexicons.places.longestAt(tokens, i, lexicons.placeForms(token), Token::norm);
            var topic = lexicons.topics.longestAt(tokens, i, List.of(token.stem()), Token::stem);
            int nameLength = Math.max(name.map(PhraseTrie.Match::length).orElse(0),
                    place.map(PhraseTrie.Match::length).orElse(0));
            int topicLength = topic.map(PhraseTrie.Match::length).orElse(0);
            if (nameLength == 0 && topicLength == 0) {
                i++;
                continue;
            }
            if (nameLength >= topicLength) {
                var match = place.isPresent() && place.get().length() > name.map(PhraseTrie.Match::length).orElse(0)
                        ? place.get() : name.get();
                if (continuesIntoLongerName(tokens, match)) {
                    int end = adjectivesEnd(tokens, match.end());
                    unknown.add(new Analysis.UnknownName(article.quote(token.start(), tokens.get(end - 1).end()),
                            token.start(), tokens.get(end - 1).end(), sentenceOf[i],
                            "a longer name than the register's «" + article.quote(token.start(), token.end()) + "»"));
                    i = end;
                    continue;
                }
                addNames(found, match, tokens, sentenceOf, occasion, place.isPresent() && match == place.get());
                i = match.end();
            } else {
                var match = topic.get();
                if (acceptTopic(article, tokens, sentenceOf, match, notes)) {
                    for (String id : match.values()) {
                        found.add(mention(Mention.Kind.TOPIC, id, match, tokens, sentenceOf, occasion));
                    }
                }
                i = match.end();
            }
        }
        return found;
    }

    private void addNames(List<Mention> found, PhraseTrie.Match<NameRef> match, List<Token> tokens, int[] sentenceOf,
                          boolean[] occasion, boolean gluedPreposition) {
        Set<Mention.Kind> kinds = match.values().stream().map(NameRef::kind).collect(Collectors.toSet());
        boolean asPlace = kinds.contains(Mention.Kind.PLACE)
                && (gluedPreposition || kinds.size() == 1 || afterPlacePreposition(tokens, match.from()));
        for (NameRef ref : match.values()) {
            if ((ref.kind() == Mention.Kind.PLACE) == asPlace) {
                found.add(mention(ref.kind(), ref.id(), match, tokens, sentenceOf, occasion));
            }
        }
    }

    private boolean afterPlacePreposition(List<Token> tokens, int index) {
        return index > 0 && lexicons.placePrepositions.contains(tokens.get(index - 1).norm());
    }

    /**
     * A one-word definite name followed by a definite adjective that is not itself a name is the start of a longer
     * name: «المفوضية الأوروبية» is not «المفوضية».
     */
    private boolean continuesIntoLongerName(List<Token> tokens, PhraseTrie.Match<NameRef> match) {
        if (match.length() != 1 || match.end() >= tokens.size()) {
            return false;
        }
        Token first = tokens.get(match.from());
        Token next = tokens.get(match.end());
        boolean definite = lexicons.nameForms(first).stream().anyMatch(f -> f.startsWith(lexicons.article));
        return definite && lexicons.isDefiniteAdjective(next)
                && lexicons.names.longestAt(tokens, match.end(), lexicons.nameForms(next), Token::norm).isEmpty();
    }

    private int adjectivesEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && lexicons.isDefiniteAdjective(tokens.get(end))) {
            end++;
        }
        return end;
    }

    /** An ambiguous synonym («الدين») counts only beside one of its context words; otherwise it is left for review. */
    private boolean acceptTopic(Article article, List<Token> tokens, int[] sentenceOf, PhraseTrie.Match<String> match,
                                List<Analysis.ReviewNote> notes) {
        List<String> keys = tokens.subList(match.from(), match.end()).stream().map(Token::stem).toList();
        CueBook.AmbiguousTerm term = lexicons.ambiguousTopics.get(keys);
        if (term == null) {
            return true;
        }
        Set<String> context = lexicons.ambiguityContext.get(term);
        int sentence = sentenceOf[match.from()];
        boolean inContext = tokens.stream().filter(t -> sentenceOf[t.index()] == sentence)
                .filter(t -> t.index() < match.from() || t.index() >= match.end())
                .anyMatch(t -> context.contains(t.stem()));
        if (!inContext) {
            int start = tokens.get(match.from()).start();
            int end = tokens.get(match.end() - 1).end();
            notes.add(new Analysis.ReviewNote("«" + article.quote(start, end) + "» not tagged '" + term.topic()
                    + "': " + term.why(), start, end));
        }
        return inContext;
    }

    private static Mention mention(Mention.Kind kind, String id, PhraseTrie.Match<?> match, List<Token> tokens,
                                   int[] sentenceOf, boolean[] occasion) {
        return new Mention(kind, id, match.from(), match.end(), tokens.get(match.from()).start(),
                tokens.get(match.end() - 1).end(), sentenceOf[match.from()], occasion[match.from()]);
    }

    static Comparator<Mention> byPosition() {
        return Comparator.comparingInt(Mention::start);
    }
}
