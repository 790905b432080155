package org.briefingengine.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Lang;
import org.briefingengine.model.PartialDate;

/**
 * The first pass over an article: finds the meetings it describes and drafts their facts with the registers, the
 * taxonomy and the cue lists. One extractor serves many articles; its lexicons are built once per language.
 */
public final class Extractor {

    private final FactSet registers;
    private final CueBook book;
    private final Map<Lang, Lexicons> lexicons = new EnumMap<>(Lang.class);

    public Extractor(FactSet registers, CueBook book) {
        this.registers = registers;
        this.book = book;
    }

    /**
     * Drafts the meetings of {@code article}.
     *
     * @param language  the article's language, or null to guess it
     * @param published the publication date, or null; it resolves "today" and «أمس»
     */
    public Extraction extract(Article article, Lang language, PartialDate published) {
        Lang lang = languageOf(article, language);
        Lexicons lex = lexicons(lang);
        Analysis analysis = new ArticleAnalyser(lex, published).analyse(article);
        String stem = idStem(article.document());
        String newForum = "new-forum-" + stem;
        var result = new MeetingAssembler(analysis, registers, "draft-" + stem, newForum).assemble();
        List<Extraction.Proposal> proposals = new ArrayList<>();
        int n = 1;
        for (Analysis.UnknownName name : analysis.unknownNames()) {
            String id = "new-actor-" + stem + "-" + n++;
            proposals.add(new Extraction.Proposal("actors", id, name.text(),
                    Evidence.around(article, analysis.sentence(name.sentence()), name.start(), name.end()), name.why()));
        }
        result.meetings().stream().filter(m -> m.value("forum").filter(newForum::equals).isPresent()).findFirst()
                .ifPresent(m -> proposals.add(new Extraction.Proposal("forums", newForum, m.title(),
                        m.field("forum").orElseThrow().evidence(), "the article names no forum in the registers")));
        return new Extraction(article, lang, result.meetings(), proposals, result.review());
    }

    /** The language asked for, or the one the article is written in when none is. */
    public Lang languageOf(Article article, Lang requested) {
        return requested != null ? requested : new LanguageGuesser(book).guess(article.text());
    }

    /** Builds the lexicons for {@code language} now rather than on the first article (start-up, not extraction). */
    public void prepare(Lang language) {
        lexicons(language);
    }

    private Lexicons lexicons(Lang language) {
        return lexicons.computeIfAbsent(language, l -> new Lexicons(registers, book, l));
    }

    /** "000_fde9ab24c1903d79.txt" → "000-fde9ab24c1903d79": lower case, letters, digits and hyphens only. */
    static String idStem(String document) {
        String base = document.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        String stem = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return stem.isEmpty() ? "article" : stem;
    }
}
