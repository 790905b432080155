package org.briefingengine.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each section starts. Every section opens a new page, so its bookmark and its contents entry point at
 * the top of that page; the page numbers found in one rendering fill the contents page of the next.
 */
final class Navigation {

    /** One line of the contents and one bookmark; level 2 entries sit under the level 1 entry before them. */
    record Entry(String key, String title, int level) {
    }

    private final List<Entry> plan;
    private final Map<String, Integer> knownPages;
    private final Map<String, Integer> pages = new LinkedHashMap<>();
    private PdfOutline lastTopLevel;

    Navigation(List<Entry> plan, Map<String, Integer> knownPages) {
        this.plan = List.copyOf(plan);
        this.knownPages = Map.copyOf(knownPages);
    }

    List<Entry> plan() {
        return plan;
    }

    boolean has(String key) {
        return plan.stream().anyMatch(e -> e.key().equals(key));
    }

    /** The page a section started on in the previous rendering, 0 when not yet known. */
    int knownPage(String key) {
        return knownPages.getOrDefault(key, 0);
    }

    /** Pages the sections started on in this rendering. */
    Map<String, Integer> pages() {
        return Map.copyOf(pages);
    }

    /** Opens a new page for the entry, bookmarks it and makes it the target of its contents link. */
    void start(Document document, PdfWriter writer, String key) {
        Entry entry = entry(key);
        document.newPage();
        pages.put(key, writer.getPageNumber());
        bookmark(document, writer, entry.title(), entry.level());
        writer.getDirectContent().localDestination(key, top(document));
    }

    Entry entry(String key) {
        return plan.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no contents entry for section " + key));
    }

    /** A bookmark to the top of the current page that is not listed on the contents page. */
    void bookmark(Document document, PdfWriter writer, String title, int level) {
        PdfOutline parent = level > 1 && lastTopLevel != null ? lastTopLevel : writer.getRootOutline();
        PdfOutline outline = new PdfOutline(parent, top(document), title, true);
        if (level <= 1) {
            lastTopLevel = outline;
        }
    }

    private static PdfDestination top(Document document) {
        return new PdfDestination(PdfDestination.FITH, document.getPageSize().getHeight());
    }
}
