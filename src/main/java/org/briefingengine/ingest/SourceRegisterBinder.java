package org.briefingengine.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingengine.ingest.DocumentReads.Element;
import org.briefingengine.model.Lang;
import org.briefingengine.model.SourceDocument;

/**
 * Binds the {@code sources} section of a fact file (the source register, {@code fixtures/sources.json}):
 * {@code {"sources": [{"document", "pointer", "title", "titleEnglish", "publisher", "date", "url", "reference",
 * "language", "glosses": [{"quote", "english"}]}]}}.
 */
final class SourceRegisterBinder {

    static final String SECTION = "sources";
    static final Set<String> FIELDS = Set.of("document", "pointer", "title", "titleEnglish", "publisher",
            "date", "url", "reference", "language", "glosses");
    private static final Set<String> GLOSS_FIELDS = Set.of("quote", "english");

    private final Problems problems;
    private final Interner interner;

    SourceRegisterBinder(Problems problems, Interner interner) {
        this.problems = problems;
        this.interner = interner;
    }

    /** Binds the register entries of {@code doc}, each keeping only {@code places} to point at later problems. */
    void bind(JsonDocument doc, DocumentPlaces places, List<Located<SourceDocument>> into) {
        Fields fields = new Fields(doc, problems, interner);
        if (!doc.root().isObject()) {
            return;
        }
        for (Element e : fields.array(doc.root(), "", SECTION)) {
            fields.rejectUnknown(e, FIELDS);
            String document = fields.requiredText(e, "document");
            String title = fields.requiredText(e, "title");
            String publisher = fields.requiredText(e, "publisher");
            Lang language = fields.languageField(e, "language");
            if (document == null || title == null || publisher == null || language == null) {
                continue;
            }
            into.add(new Located<>(new SourceDocument(document, fields.optionalText(e, "pointer"), title,
                    fields.optionalText(e, "titleEnglish"), publisher, fields.optionalText(e, "date"),
                    fields.optionalText(e, "url"), fields.optionalText(e, "reference"), language,
                    glosses(fields, e)), places, e.pointer()));
        }
    }

    private static Map<String, String> glosses(Fields fields, Element e) {
        Map<String, String> glosses = new LinkedHashMap<>();
        for (Element g : fields.array(e.node(), e.pointer(), "glosses")) {
            fields.rejectUnknown(g, GLOSS_FIELDS);
            String quote = fields.requiredText(g, "quote");
            String english = fields.requiredText(g, "english");
            if (quote != null && english != null) {
                glosses.put(quote, english);
            }
        }
        return glosses;
    }
}
