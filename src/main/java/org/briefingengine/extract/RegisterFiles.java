package org.briefingengine.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The register files of a facts folder: the JSON files that hold forums, actors or persons and no meetings. Drafts
 * carry a copy of them so that {@code validate --facts DRAFTS} checks every reference on its own.
 */
public final class RegisterFiles {

    private RegisterFiles() {
    }

    public static List<Path> in(Path factsDir) {
        try (Stream<Path> walk = Files.walk(factsDir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(RegisterFiles::isRegister).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + factsDir, e);
        }
    }

    private static boolean isRegister(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            return root != null && root.isObject() && !root.has("meetings")
                    && (root.has("forums") || root.has("actors") || root.has("persons"));
        } catch (IOException e) {
            return false;
        }
    }
}
