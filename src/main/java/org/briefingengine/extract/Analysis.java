package org.briefingengine.extract;

import java.util.List;
import org.briefingengine.extract.text.Token;
import org.briefingengine.model.Lang;

/**
 * What one article says, before it is grouped into meetings: tokens, names, topics, cues, dates, names the
 * registers do not know, and notes for the reviewer.
 */
record Analysis(Article article, Lang language, List<Token> tokens, List<Mention> mentions, List<Cue> cues,
                List<FoundDate> dates, List<UnknownName> unknownNames, List<ReviewNote> notes) {

    /** A name-like phrase the registers do not hold («المفوضية الأوروبية» when only «المفوضية» is known). */
    record UnknownName(String text, int start, int end, int sentence, String why) { }

    /** Something the extractor could not decide, with the passage that raised it. */
    record ReviewNote(String message, int start, int end) { }

    Article.Span sentence(int index) {
        return article.sentences().get(index);
    }
}
