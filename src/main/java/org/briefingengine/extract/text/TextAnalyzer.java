package org.briefingengine.extract.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.briefingengine.model.Lang;

/**
 * Splits text into {@link Token}s with Lucene: Unicode word boundaries, then lower case, Western digits for every
 * decimal script (Eastern Arabic ٢٠١٧ becomes 2017), Arabic normalisation (alef and hamza forms, taa marbuta,
 * alef maqsura, tatweel, diacritics), French elision (l', d') and accent folding. Stems come from Lucene's Arabic
 * light stemmer for Arabic words and from the French or English light stemmer for Latin words. Not thread-safe.
 */
public final class TextAnalyzer {

    private static final CharArraySet ELISIONS = new CharArraySet(
            Arrays.asList("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    private final ArabicStemmer arabicStemmer = new ArabicStemmer();
    private final FrenchLightStemmer frenchStemmer = new FrenchLightStemmer();
    private final EnglishMinimalStemmer englishStemmer = new EnglishMinimalStemmer();

    /** One tokenizer and filter chain, reset for every text: building them costs more than tokenising a phrase. */
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final TokenStream stream = new ASCIIFoldingFilter(new ElisionFilter(new ArabicNormalizationFilter(
            new DecimalDigitFilter(new LowerCaseFilter(tokenizer))), ELISIONS));
    private final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);

    /** The tokens of {@code text}; Latin words are stemmed as {@code latinLanguage} (French or English). */
    public List<Token> tokens(String text, Lang latinLanguage) {
        List<Token> tokens = new ArrayList<>();
        tokenizer.setReader(new StringReader(text));
        try {
            stream.reset();
            while (stream.incrementToken()) {
                String norm = term.toString();
                if (!norm.isEmpty()) {
                    tokens.add(new Token(tokens.size(), offset.startOffset(), offset.endOffset(), norm,
                            stem(term.buffer(), term.length(), norm, latinLanguage)));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text from memory", e);
        } finally {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close a text read from memory", e);
            }
        }
        return tokens;
    }

    private String stem(char[] buffer, int length, String norm, Lang latinLanguage) {
        char[] copy = Arrays.copyOf(buffer, length);
        int stemmed;
        if (Character.UnicodeScript.of(norm.codePointAt(0)) == Character.UnicodeScript.ARABIC) {
            stemmed = arabicStemmer.stem(copy, length);
        } else if (latinLanguage == Lang.FR) {
            stemmed = frenchStemmer.stem(copy, length);
        } else {
            stemmed = englishStemmer.stem(copy, length);
        }
        return new String(copy, 0, stemmed);
    }
}
