package org.briefingengine.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefingengine.analysis.OverlapMatrix;

/**
 * Topics × forums as a shaded table. Every cell prints its count, so the map reads the same in grey as in colour.
 * Forum names head the columns when they fit; otherwise the columns are keyed F1, F2 … with a key table below.
 * Wide matrices are split into several tables of at most six forums.
 */
final class HeatMap {

    static final int FORUMS_PER_TABLE = 6;
    private static final float TOPIC_WIDTH = 3.2f;
    private static final float FORUM_WIDTH = 1.4f;
    private static final float KEYED_WIDTH = 0.9f;
    private static final float TOTAL_WIDTH = 1.1f;
    private static final int MAX_HEADER_LINES = 3;

    private final Pack pack;
    private final OverlapMatrix matrix;
    private final int max;
    private final boolean keyed;
    /** The matrix columns shown, in matrix order. */
    private final List<Integer> columns;

    HeatMap(Pack pack, OverlapMatrix matrix, List<Integer> columns) {
        this.pack = pack;
        this.matrix = matrix;
        this.columns = List.copyOf(columns);
        this.max = matrix.counts().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
        this.keyed = !namesFit();
    }

    /** When columns are keyed, the key; then the map, one table per group of forums. */
    List<Element> elements() {
        List<Element> elements = new ArrayList<>();
        if (keyed) {
            elements.add(key());
        }
        for (int from = 0; from < columns.size(); from += FORUMS_PER_TABLE) {
            elements.add(table(columns.subList(from, Math.min(columns.size(), from + FORUMS_PER_TABLE))));
        }
        return elements;
    }

    private PdfPTable table(List<Integer> shown) {
        Blocks blocks = pack.blocks;
        float[] widths = new float[shown.size() + 2];
        Arrays.fill(widths, keyed ? KEYED_WIDTH : FORUM_WIDTH);
        widths[0] = TOPIC_WIDTH;
        widths[widths.length - 1] = TOTAL_WIDTH;
        PdfPTable table = blocks.table(widths);
        table.addCell(blocks.head("Topic"));
        for (int f : shown) {
            table.addCell(centred(blocks.head(keyed ? "F" + (f + 1) : pack.labels.forum(matrix.forums().get(f)))));
        }
        table.addCell(centred(blocks.head("Forums")));
        table.setHeaderRows(1);
        List<String> topics = matrix.topics();
        for (int t = 0; t < topics.size(); t++) {
            boolean child = pack.report.facts().topic(topics.get(t)).flatMap(x -> x.parentId()).isPresent();
            PdfPCell topic = blocks.cell(pack.labels.topic(topics.get(t)), child ? blocks.small : blocks.bold);
            if (child) {
                topic.setPaddingLeft(14f);
            }
            table.addCell(topic);
            for (int f : shown) {
                table.addCell(cell(matrix.counts().get(t).get(f)));
            }
            table.addCell(centred(blocks.number(matrix.forumCount(topics.get(t)))));
        }
        return table;
    }

    private PdfPTable key() {
        Blocks blocks = pack.blocks;
        PdfPTable table = blocks.table(new String[] {"Key", "Forum", "Name in Arabic"}, 0.8f, 5f, 4.2f);
        for (int f : columns) {
            String forum = matrix.forums().get(f);
            table.addCell(blocks.cell("F" + (f + 1), blocks.bold));
            table.addCell(blocks.cell(pack.labels.forum(forum)));
            String arabic = pack.labels.forumArabic(forum);
            table.addCell(blocks.cell(arabic.isEmpty() ? "—" : arabic));
        }
        return table;
    }

    /** True when every forum name fits its column in a few lines without breaking a word. */
    private boolean namesFit() {
        int shown = Math.min(FORUMS_PER_TABLE, columns.size());
        float page = pack.document.right() - pack.document.left();
        float column = page * FORUM_WIDTH / (TOPIC_WIDTH + shown * FORUM_WIDTH + TOTAL_WIDTH) - 8f;
        Font font = pack.blocks.smallBold;
        for (int f : columns) {
            String name = pack.labels.forum(matrix.forums().get(f));
            float widest = 0;
            for (String word : name.split("\\s+")) {
                widest = Math.max(widest, font.getBaseFont().getWidthPoint(word, font.getSize()));
            }
            float all = font.getBaseFont().getWidthPoint(name, font.getSize());
            if (widest > column || all > column * (MAX_HEADER_LINES - 0.5f)) {
                return false;
            }
        }
        return true;
    }

    private PdfPCell cell(int count) {
        Font font = count == 0 ? pack.blocks.faint : pack.blocks.fonts.sansBold(Palette.BODY);
        if (count > 0) {
            font.setColor(Palette.onHeat(count, max));
        }
        PdfPCell cell = new PdfPCell(new Phrase(Integer.toString(count), font));
        cell.setBackgroundColor(Palette.heat(count, max));
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(Palette.WHITE);
        cell.setBorderWidth(1f);
        cell.setPadding(4f);
        cell.setUseAscender(true);
        return centred(cell);
    }

    private static PdfPCell centred(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }
}
