package org.briefingengine.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The places of fact files whose trees were dropped once bound: a file is read again, the same way, to place a
 * problem found after binding (a cross-file check), so the line and column are those the first read saw. Only an
 * invalid fact set or a warning needs this; a few files' places are kept at a time, as problems come file by file.
 */
final class ReadAgain {

    private static final int FILES_KEPT = 4;

    private final JsonDocumentReader reader;
    private final Map<Path, JsonDocument> recent = new LinkedHashMap<>(FILES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, JsonDocument> eldest) {
            return size() > FILES_KEPT;
        }
    };

    ReadAgain(JsonDocumentReader reader) {
        this.reader = reader;
    }

    /** The places of {@code file}, read as {@code displayPath}, without holding its tree. */
    DocumentPlaces placesOf(Path file, Path displayPath) {
        return (pointer, message, level) -> problem(file, displayPath, pointer, message, level);
    }

    private InputProblem problem(Path file, Path displayPath, String pointer, String message,
                                 InputProblem.Level level) {
        JsonDocument doc = recent.get(file);
        if (doc == null) {
            // A file changed or removed since the first read is placed by its name alone.
            doc = reader.read(file, displayPath, new Problems()).orElse(null);
            if (doc == null) {
                return new InputProblem(displayPath, 0, 0, pointer, message, level);
            }
            recent.put(file, doc);
        }
        return doc.problem(pointer, message, level);
    }
}
