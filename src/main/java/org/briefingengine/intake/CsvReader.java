package org.briefingengine.intake;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a CSV table (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) one row at a time, so a
 * file of any size streams through a small heap. A {@code .gz} file is decompressed on the way. Rows are numbered as
 * a spreadsheet numbers them: the header is row 1.
 */
final class CsvReader implements Closeable {

    private final Reader in;
    private final List<String> header;
    private int row = 1;
    private int next = -2;

    private CsvReader(Reader in) throws IOException {
        this.in = in;
        List<String> first = readRecord();
        this.header = first == null ? List.of() : first.stream().map(CsvReader::stripBom).toList();
    }

    static CsvReader open(Path file) throws IOException {
        InputStream bytes = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            bytes = new GZIPInputStream(bytes, 1 << 16);
        }
        return new CsvReader(new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16));
    }

    List<String> header() {
        return header;
    }

    /** The row number of the record {@link #next()} returned last. */
    int row() {
        return row;
    }

    /** The next record, or null at the end of the file. Blank lines are skipped. */
    List<String> next() throws IOException {
        List<String> record;
        do {
            row++;
            record = readRecord();
        } while (record != null && record.size() == 1 && record.get(0).isEmpty());
        return record;
    }

    private List<String> readRecord() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    fields.add(field.toString());
                    return fields;
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (next != -2) {
            int c = next;
            next = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        next = c;
    }

    private static String stripBom(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1) : name;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
