package org.briefingengine.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JSON file into a tree, remembering where every value starts. Hostile input is bounded: file size,
 * nesting depth and string length are capped, duplicate keys are rejected, and no type information in the file
 * is ever used to pick a Java class.
 */
public final class JsonDocumentReader {

    /** Large enough for 100k meetings in one file, small enough to refuse a runaway file before reading it. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    private static final int MAX_STRING = 100_000;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(30).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The document, or empty with the reason added to {@code problems}. */
    public Optional<JsonDocument> read(Path file, Path displayPath, Problems problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.error(displayPath, "file is too big (" + size + " bytes, limit "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MiB): split it into several files");
                return Optional.empty();
            }
            String text = stripBom(decode(Files.readAllBytes(file)));
            if (text.isBlank()) {
                problems.error(displayPath, "file is empty: add a JSON object such as {\"meetings\": []} or remove it");
                return Optional.empty();
            }
            return Optional.of(parse(text, displayPath));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String what = e instanceof LimitExceeded ? "JSON exceeds a safety limit: " : "malformed JSON: ";
            // "(start marker at [Source: REDACTED (`StreamReadFeature…` disabled); line: 1, …])" → "[line: 1, …]"
            String message = e.getOriginalMessage().replaceAll("\\[Source: [^\\]]*?; (line: )", "[$1");
            problems.add(new InputProblem(displayPath, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", what + message, InputProblem.Level.ERROR));
        } catch (NotUtf8 e) {
            problems.add(new InputProblem(displayPath, e.line, e.column, "", "file is not valid UTF-8 (byte 0x"
                    + e.badByte + " here): save the file as UTF-8", InputProblem.Level.ERROR));
        } catch (IOException e) {
            problems.error(displayPath, "cannot read file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Decodes strictly, placing the first byte that is not UTF-8 by line and column (characters before it). */
    private static String decode(byte[] bytes) throws NotUtf8 {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int lineStart = bad;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
                lineStart--;
            }
            int line = 1;
            for (int i = 0; i < lineStart; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw new NotUtf8(line, column, String.format("%02X", bytes[bad] & 0xFF));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The first byte that is not UTF-8, placed. */
    private static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final String badByte;

        NotUtf8(int line, int column, String badByte) {
            super("not UTF-8");
            this.line = line;
            this.column = column;
            this.badByte = badByte;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private JsonDocument parse(String text, Path displayPath) throws IOException {
        Map<String, int[]> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                JsonNode root = readValue(parser, first, "", locations);
                JsonToken trailing = parser.nextToken();
                if (trailing != null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser,
                            "unexpected content after the top-level value");
                }
                return new JsonDocument(displayPath, root, locations);
            } catch (StreamConstraintsException e) {
                // Jackson gives these no location and names its own API; say where, in the user's terms.
                throw new LimitExceeded(parser, e.getOriginalMessage().replaceAll(", from `[^`]*`", ""));
            }
        }
    }

    /** A nesting, string or number limit was hit: the file may be valid JSON, but it is refused. */
    private static final class LimitExceeded extends com.fasterxml.jackson.core.JsonParseException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    private JsonNode readValue(JsonParser parser, JsonToken token, String pointer, Map<String, int[]> locations)
            throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        locations.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (token) {
            case START_OBJECT -> readObject(parser, pointer, locations);
            case START_ARRAY -> readArray(parser, pointer, locations);
            case VALUE_STRING -> nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT -> nodes.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(decimal(parser));
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
        };
    }

    /** Jackson throws a bare NumberFormatException for an exponent BigDecimal cannot hold (1e-2147483648). */
    private static java.math.BigDecimal decimal(JsonParser parser) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser,
                    "number " + parser.getText() + " is out of range");
        }
    }

    private ObjectNode readObject(JsonParser parser, String pointer, Map<String, int[]> locations) throws IOException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = Fields.child(pointer, name);
            object.set(name, readValue(parser, parser.nextToken(), child, locations));
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, String pointer, Map<String, int[]> locations) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        JsonToken token;
        int index = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            array.add(readValue(parser, token, pointer + "/" + index++, locations));
        }
        return array;
    }
}
