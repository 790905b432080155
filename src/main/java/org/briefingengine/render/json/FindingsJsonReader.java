package org.briefingengine.render.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefingengine.model.Category;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Severity;

/** Reads back what {@link FindingsJsonWriter} wrote: a findings file's period, version and findings. */
public final class FindingsJsonReader {

    /** One findings file as read. */
    public record FindingsFile(Path file, String period, String version, List<Finding> findings) {
        public FindingsFile {
            findings = List.copyOf(findings);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FindingsJsonReader() {
    }

    /** @throws IOException naming the file when it cannot be read or is not a findings file */
    public static FindingsFile read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.path("period").isTextual() || !root.path("findings").isArray()) {
            throw new IOException(file + ": not a findings file (no \"period\" or \"findings\")");
        }
        List<Finding> findings = new ArrayList<>();
        try {
            root.path("findings").forEach(node -> findings.add(finding(node)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + ": not a findings file (" + e.getMessage() + ")", e);
        }
        return new FindingsFile(file, root.path("period").textValue(), root.path("version").asText(""), findings);
    }

    /** Every readable {@code findings-*.json} in the folder or one level below, in path order; others are skipped. */
    public static List<FindingsFile> readAllUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(p -> p.getFileName().toString().startsWith("findings-"))
                    .filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(FindingsJsonReader::readIfFindings).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<FindingsFile> readIfFindings(Path file) {
        try {
            return Optional.of(read(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Finding finding(JsonNode node) {
        return new Finding(node.path("id").textValue(), node.path("rule").textValue(),
                Category.valueOf(upper(node, "category")), Severity.valueOf(upper(node, "severity")),
                node.path("salience").asDouble(), node.path("statement").textValue(), node.path("subject").asText(""),
                node.path("period").textValue(), strings(node, "forums"), strings(node, "actors"),
                strings(node, "meetings"), strings(node, "topics"), measures(node), strings(node, "subjects"), "");
    }

    private static java.util.Map<String, Double> measures(JsonNode node) {
        java.util.Map<String, Double> values = new java.util.TreeMap<>();
        node.path("measures").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asDouble()));
        return values;
    }

    private static String upper(JsonNode node, String field) {
        return node.path(field).asText("").toUpperCase(Locale.ROOT);
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(v -> values.add(v.asText()));
        return values;
    }
}
