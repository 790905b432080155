package org.briefingengine.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.Test;

/** The findings file is streamed finding by finding, yet reads byte for byte as the whole tree written at once. */
class FindingsJsonWriterTest {

    @Test
    void streamedFindings_areTheBytesOfTheWholeTreeWrittenAtOnce() throws IOException {
        BriefingReport report = SampleReports.quarter2021Q4();
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        new FindingsJsonWriter().write(report, streamed);

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        JsonFiles.write((ObjectNode) new ObjectMapper().readTree(streamed.toByteArray()), whole);

        String text = streamed.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(whole.toString(StandardCharsets.UTF_8)).endsWith("]\n}\n")
                .contains("\"findings\" : [ {");
        assertThat(report.findings()).isNotEmpty();
    }

    @Test
    void noFindings_giveAnEmptyArray_asTheTreeDoes() throws IOException {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        ObjectNode head = JsonFiles.newObject().put("period", "2021-Q4");
        JsonFiles.writeStreaming(head, "findings", java.util.List.<String>of(), s -> JsonFiles.newObject(), streamed);

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        ObjectNode tree = JsonFiles.newObject().put("period", "2021-Q4");
        tree.putArray("findings");
        JsonFiles.write(tree, whole);

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(whole.toString(StandardCharsets.UTF_8));
    }
}
