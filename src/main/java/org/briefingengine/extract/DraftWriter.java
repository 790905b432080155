package org.briefingengine.extract;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes drafts as a facts folder that {@code validate --facts DRAFTS} accepts on its own:
 * {@code meetings/<article>.json} (the fixtures format; every value has a source entry whose pointer names the
 * paragraph, the characters, the field and the confidence), {@code registers/} (a copy of the register files the
 * drafts were read with), {@code proposed-register.json} (new actors and forums to confirm) and {@code review.md}.
 */
public final class DraftWriter {

    public static final String MEETINGS = "meetings";
    public static final String REGISTERS = "registers";
    public static final String PROPOSED = "proposed-register.json";
    public static final String REVIEW = "review.md";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> LIST_FIELDS = List.of("coChairs", "hosts", "participants", "people", "topics");

    private final ObjectWriter writer;

    public DraftWriter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator(""));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        this.writer = new ObjectMapper().writer(printer);
    }

    /** Writes every extraction and returns the files written. */
    public List<Path> write(List<Extraction> extractions, List<Path> registerFiles, Path out) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(out.resolve(MEETINGS));
            Files.createDirectories(out.resolve(REGISTERS));
            try (Stream<Path> old = Files.list(out.resolve(REGISTERS))) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Path register : registerFiles) {
                Path copy = out.resolve(REGISTERS).resolve(register.getFileName());
                Files.copy(register, copy, StandardCopyOption.REPLACE_EXISTING);
                written.add(copy);
            }
            for (Extraction e : extractions) {
                Path file = out.resolve(MEETINGS).resolve(Extractor.idStem(e.article().document()) + ".json");
                writeJson(file, meetingsFile(e));
                written.add(file);
            }
            Path proposed = out.resolve(PROPOSED);
            Files.deleteIfExists(proposed);
            if (extractions.stream().anyMatch(e -> !e.proposals().isEmpty())) {
                writeJson(proposed, proposals(extractions));
                written.add(proposed);
            }
            Path review = out.resolve(REVIEW);
            Files.writeString(review, new ReviewReport().markdown(extractions), StandardCharsets.UTF_8);
            written.add(review);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private void writeJson(Path file, ObjectNode root) throws IOException {
        Files.writeString(file, writer.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    ObjectNode meetingsFile(Extraction extraction) {
        ObjectNode root = JSON.objectNode();
        ArrayNode meetings = root.putArray("meetings");
        extraction.meetings().forEach(m -> meetings.add(meeting(m, extraction)));
        return root;
    }

    private ObjectNode meeting(DraftMeeting m, Extraction e) {
        ObjectNode node = JSON.objectNode();
        node.put("id", m.id());
        node.put("forum", m.value("forum").orElseThrow());
        node.put("title", m.title());
        node.put("start", m.value("start").orElseThrow());
        m.value("end").ifPresent(v -> node.put("end", v));
        node.put("place", m.value("place").orElse(""));
        node.put("mode", m.value("mode").orElseThrow());
        m.value("level").ifPresent(v -> node.put("level", v));
        for (String field : LIST_FIELDS) {
            ArrayNode list = node.putArray(field);
            m.values(field).forEach(list::add);
            if (field.equals("people")) {
                m.value("participantCount").ifPresent(v -> node.put("participantCount", Integer.parseInt(v)));
            }
        }
        node.putArray("initiatives");
        node.putArray("outcomes");
        ArrayNode sources = node.putArray("sources");
        m.fields().forEach(f -> sources.add(source(e, f.evidence(), pointer(f))));
        return node;
    }

    /** "paragraph 5, characters 183–356; field coChairs = FRA; confidence high". */
    static String pointer(DraftField f) {
        return f.evidence().pointer() + "; field " + f.field() + " = " + f.value() + "; confidence "
                + f.confidence().label();
    }

    private static ObjectNode source(Extraction e, Evidence evidence, String pointer) {
        ObjectNode s = JSON.objectNode();
        s.put("document", e.article().document());
        s.putNull("url");
        s.put("language", e.language().code());
        s.put("pointer", pointer);
        s.put("quote", evidence.quote());
        return s;
    }

    private static ObjectNode proposals(List<Extraction> extractions) {
        ObjectNode root = JSON.objectNode();
        ArrayNode actors = root.putArray("actors");
        ArrayNode forums = root.putArray("forums");
        for (Extraction e : extractions) {
            for (Extraction.Proposal p : e.proposals()) {
                ObjectNode entry = JSON.objectNode();
                entry.put("id", p.id());
                if (p.section().equals("actors")) {
                    entry.put("type", "other");
                }
                ObjectNode names = entry.putObject("names");
                names.put("en", p.text());
                if (e.language() != org.briefingengine.model.Lang.EN) {
                    names.put(e.language().code(), p.text());
                }
                if (p.section().equals("forums")) {
                    entry.put("kind", "summit");
                    entry.putArray("convenors");
                    entry.put("cadenceYears", 0);
                }
                entry.putArray("sources").add(source(e, p.evidence(), p.evidence().pointer() + "; proposed: " + p.why()));
                (p.section().equals("actors") ? actors : forums).add(entry);
            }
        }
        return root;
    }
}
