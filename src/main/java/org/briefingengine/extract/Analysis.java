package org.briefingengine.extract;

import java.util.List;
import org.briefingengine.extract.text.Token;
import org.briefingengine.model.Lang;

/**
 * What one article says, before it is grouped into meetings: tokens, names, topics, cues, dates, names the
 * registers do not know, and notes for the reviewer.
 */
record Analysis(Article article, Lang language, List<Token> tokens, List<Mention> mentions, List<Cue> cues,
                List<FoundDate> dates, List<UnknownName> unknownNames, List<ReviewNote> notes,
                BySentence<Mention> mentionsBySentence, BySentence<Cue> cuesBySentence,
                BySentence<FoundDate> datesBySentence) {

    static Analysis of(Article article, Lang language, List<Token> tokens, List<Mention> mentions, List<Cue> cues,
                       List<FoundDate> dates, List<UnknownName> unknownNames, List<ReviewNote> notes) {
        int count = article.sentences().size();
        return new Analysis(article, language, tokens, mentions, cues, dates, unknownNames, notes,
                new BySentence<>(mentions, Mention::sentence, count), new BySentence<>(cues, Cue::sentence, count),
                new BySentence<>(dates, FoundDate::sentence, count));
    }

    /** Items filed by sentence, so that grouping sentences into meetings does not rescan the whole article. */
    static final class BySentence<T> {
        private final List<List<T>> lists = new java.util.ArrayList<>();

        BySentence(List<T> items, java.util.function.ToIntFunction<T> sentence, int count) {
            for (int i = 0; i < count; i++) {
                lists.add(new java.util.ArrayList<>());
            }
            items.forEach(item -> lists.get(sentence.applyAsInt(item)).add(item));
        }

        List<T> in(int sentence) {
            return lists.get(sentence);
        }

        java.util.stream.Stream<T> in(java.util.Collection<Integer> sentences) {
            return sentences.stream().distinct().flatMap(s -> lists.get(s).stream());
        }
    }

    /** A name-like phrase the registers do not hold («المفوضية الأوروبية» when only «المفوضية» is known). */
    record UnknownName(String text, int start, int end, int sentence, String why) { }

    /** Something the extractor could not decide, with the passage that raised it. */
    record ReviewNote(String message, int start, int end) { }

    Article.Span sentence(int index) {
        return article.sentences().get(index);
    }
}
