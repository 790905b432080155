package org.briefingengine.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingengine.model.Sha256;

/** SHA-256 of a file's bytes. */
public final class FileHash {

    private FileHash() {
    }

    public static String of(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
