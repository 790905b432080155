package org.briefingengine.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingengine.extract.text.TextAnalyzer;
import org.briefingengine.extract.text.Token;
import org.briefingengine.model.Lang;

/**
 * {@code --lang auto}: Arabic when at least a fifth of the words are in Arabic script; otherwise French or English
 * by which language's common words ({@code languageHint} in {@code rules/extract/cues.json}) occur more often.
 */
final class LanguageGuesser {

    private final Set<String> french;
    private final Set<String> english;

    LanguageGuesser(CueBook book) {
        this.french = Set.copyOf(book.cue("languageHint", Lang.FR));
        this.english = Set.copyOf(book.cue("languageHint", Lang.EN));
    }

    Lang guess(String text) {
        List<Token> tokens = new TextAnalyzer().tokens(text.length() > 20_000 ? text.substring(0, 20_000) : text,
                Lang.EN);
        if (tokens.isEmpty()) {
            return Lang.EN;
        }
        long arabic = tokens.stream().filter(Token::isArabic).count();
        if (arabic * 5 >= tokens.size()) {
            return Lang.AR;
        }
        Set<String> words = tokens.stream().map(Token::norm).collect(Collectors.toSet());
        long fr = tokens.stream().map(Token::norm).filter(french::contains).count();
        long en = tokens.stream().map(Token::norm).filter(english::contains).count();
        return fr > en && !words.isEmpty() ? Lang.FR : Lang.EN;
    }
}
