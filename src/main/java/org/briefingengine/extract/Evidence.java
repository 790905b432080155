package org.briefingengine.extract;

/**
 * The passage a draft value comes from: paragraph number, character offsets in the article text, the exact quote.
 */
public record Evidence(int paragraph, int start, int end, String quote) {

    /** Fixtures keep quotes short; longer passages are cut around the words that matter, at word boundaries. */
    public static final int MAX_QUOTE = 200;

    /** The passage of {@code article} around characters {@code focusStart}–{@code focusEnd} within a sentence. */
    static Evidence around(Article article, Article.Span sentence, int focusStart, int focusEnd) {
        int start = sentence.start();
        int end = sentence.end();
        if (end - start > MAX_QUOTE) {
            int middle = (focusStart + focusEnd) / 2;
            start = Math.max(sentence.start(), Math.min(middle - MAX_QUOTE / 2, sentence.end() - MAX_QUOTE));
            end = Math.min(sentence.end(), start + MAX_QUOTE);
            start = wordStart(article.text(), start, focusStart);
            end = wordEnd(article.text(), end, focusEnd);
        }
        while (start < end && Article.isSpace(article.text().charAt(start))) {
            start++;
        }
        while (end > start && Article.isSpace(article.text().charAt(end - 1))) {
            end--;
        }
        return new Evidence(sentence.paragraph(), start, end, article.quote(start, end));
    }

    private static int wordStart(String text, int at, int limit) {
        int i = at;
        while (i < limit && i > 0 && !Article.isSpace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int at, int limit) {
        int i = at;
        while (i > limit && i < text.length() && !Article.isSpace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** "paragraph 5, characters 312–398": where a reader finds the quote. */
    public String pointer() {
        return "paragraph " + paragraph + ", characters " + start + "–" + end;
    }
}
