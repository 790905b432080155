package org.briefingengine.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each section starts. A section follows the one before on the same page when enough room is left (so no
 * short section takes a page of its own), otherwise it opens a new page; its bookmark and its contents entry point
 * at its heading. The page numbers found in one rendering fill the contents of the next.
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

    /** Room a section needs below its heading to start on the current page rather than the next. */
    private static final float MIN_ROOM = 110f;

    /**
     * Starts the entry where the text stands, or on a new page when too little room is left; bookmarks it and makes
     * it the target of its contents link.
     */
    void start(Document document, PdfWriter writer, String key) {
        Entry entry = entry(key);
        if (writer.getVerticalPosition(true) - document.bottom() < MIN_ROOM) {
            document.newPage();
        }
        pages.put(key, writer.getPageNumber());
        PdfDestination here = here(document, writer);
        bookmark(writer, entry.title(), entry.level(), here);
        writer.getDirectContent().localDestination(key, here);
    }

    Entry entry(String key) {
        return plan.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no contents entry for section " + key));
    }

    /** A bookmark to the top of the current page that is not listed on the contents page. */
    void bookmark(Document document, PdfWriter writer, String title, int level) {
        bookmark(writer, title, level, top(document));
    }

    private void bookmark(PdfWriter writer, String title, int level, PdfDestination destination) {
        PdfOutline parent = level > 1 && lastTopLevel != null ? lastTopLevel : writer.getRootOutline();
        PdfOutline outline = new PdfOutline(parent, destination, title, true);
        if (level <= 1) {
            lastTopLevel = outline;
        }
    }

    /** A little above where the next line will be set, so the heading shows. */
    private static PdfDestination here(Document document, PdfWriter writer) {
        return new PdfDestination(PdfDestination.XYZ, document.left(), writer.getVerticalPosition(true) + 12, 0);
    }

    private static PdfDestination top(Document document) {
        return new PdfDestination(PdfDestination.FITH, document.getPageSize().getHeight());
    }
}
