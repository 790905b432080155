package org.briefingengine.render.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Several small tables side by side under one header row, so one frozen header serves them all and a streamed
 * sheet is still written strictly top to bottom.
 */
final class Blocks {

    private Blocks() {
    }

    /**
     * One table: its name, header, row count, how to fill row {@code i} (the writer is positioned at the block's
     * first column) and what to say when it has no rows.
     */
    record Block(String table, List<String> headers, int rows, BiConsumer<Integer, RowWriter> filler, String empty) {
        Block {
            headers = List.copyOf(headers);
        }
    }

    /** Writes the blocks from column A with one blank column between them; returns the first free row. */
    static int write(SheetWriter sheet, List<Block> blocks) {
        RowWriter headerRow = sheet.row();
        int header = headerRow.index();
        List<Integer> starts = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        int column = 0;
        for (Block block : blocks) {
            starts.add(column);
            names.add(sheet.headerCells(headerRow, column, block.headers()));
            column += block.headers().size() + 1;
        }
        int height = blocks.stream().mapToInt(b -> Math.max(b.rows(), 1)).max().orElse(0);
        for (int i = 0; i < height; i++) {
            RowWriter row = sheet.row();
            for (int b = 0; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                row.at(starts.get(b));
                if (i < block.rows()) {
                    block.filler().accept(i, row);
                } else if (i == 0) {
                    row.spill(block.empty(), sheet.book.styles.note);
                }
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.rows() > 0) {
                sheet.table(block.table(), header, starts.get(b), header + block.rows(), names.get(b));
            }
        }
        return sheet.rowIndex();
    }
}
