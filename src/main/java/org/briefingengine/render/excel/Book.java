package org.briefingengine.render.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook with its shared styles and cell writer. Rows beyond the window are flushed to a
 * temporary file, so the row count is bounded by disk, not heap.
 */
final class Book implements Closeable {

    /** Rows kept in memory per sheet; older rows are flushed and can no longer be read back. */
    static final int WINDOW = 100;

    final SXSSFWorkbook workbook;
    final Styles styles;
    final SafeCells cells;
    private final List<SheetWriter> sheets = new ArrayList<>();

    /** @param stamp the time every zip entry carries, so the same report gives the same bytes */
    Book(Instant stamp) {
        workbook = new StampedWorkbook(stamp);
        // Temporary files stay uncompressed: gzip on them doubled the deflate work for little gain.
        workbook.setCompressTempFiles(false);
        styles = new Styles(workbook);
        cells = new SafeCells(styles);
    }

    SheetWriter sheet(String name) {
        SheetWriter sheet = new SheetWriter(this, workbook.createSheet(name));
        sheets.add(sheet);
        return sheet;
    }

    void write(OutputStream out) throws IOException {
        sheets.forEach(SheetWriter::finish);
        workbook.write(out);
    }

    /** Since POI 5.3 closing a streaming workbook also deletes its temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** Writes zip entries stamped with a given time instead of the clock. */
    private static final class StampedWorkbook extends SXSSFWorkbook {

        private final long entryTime;

        StampedWorkbook(Instant stamp) {
            super(WINDOW);
            // Zip stores local wall-clock time: convert so every time zone writes the UTC time of the stamp.
            entryTime = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC).atZone(ZoneId.systemDefault()).toInstant()
                    .toEpochMilli();
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
                @Override
                public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                    entry.setTime(entryTime);
                    super.putArchiveEntry(entry);
                }
            };
            // POI's default writes Zip64 data descriptors without the Zip64 header field, which java.util.zip's
            // ZipInputStream misreads; a briefing never comes near the 4 GB that would need Zip64.
            zip.setUseZip64(Zip64Mode.Never);
            return zip;
        }
    }
}
