package org.briefingengine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code rules/README.md} true: every field of every fact type is in its table (checked against the records by
 * reflection), every fact type rules can match is documented, every parameter is listed, and every parameter a rule
 * reads exists.
 */
class RulesReadmeTest {

    private static final Path README = Path.of("rules/README.md");
    private static final Path FACTS_SOURCES = Path.of("src/main/java/org/briefingengine/engine/facts");
    private static final Pattern FIRST_CELL = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");
    private static final Pattern PARAMETER_READ = Pattern.compile("Parameter\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern SALIENCE = Pattern.compile("^\\s*salience\\s+(-?\\d+)", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"engine.facts.MeetingFact", "engine.facts.TopicMention", "engine.facts.ActorMention",
        "engine.facts.ReportWindow", "model.Parameter", "model.Topic", "model.Forum", "model.Actor", "model.Person",
        "model.Meeting", "engine.facts.BucketKey", "engine.facts.TopicCount", "engine.facts.TopicForumCount",
        "engine.facts.ForumTopics", "engine.facts.ForumSimilarity", "engine.facts.TopicPair",
        "engine.facts.CoChairPair", "model.Finding", "engine.facts.WindowTotal", "engine.facts.TopicTrend",
        "engine.facts.LeadPair", "engine.facts.ParticipationStep", "engine.facts.EditionStep",
        "engine.facts.LatestEdition", "engine.facts.SeenBefore", "engine.facts.TopicWindow", "engine.facts.TopicQuarter",
        "engine.facts.TopicYear", "engine.facts.TopicBefore", "engine.facts.ActorWindow", "engine.facts.ActorBefore",
        "engine.facts.ActorPair",
        "engine.facts.Attendance"})
    void factTypeTable_listsExactlyTheRecordsFields(String type) throws Exception {
        Class<?> record = Class.forName("org.briefingengine." + type);

        List<String> documented = table("### `" + record.getSimpleName() + "`");

        assertThat(documented).as("fields in the README table for " + record.getSimpleName())
                .containsExactlyElementsOf(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                        .toList());
    }

    @Test
    void everyFactTypeRulesCanMatch_isDocumented() throws IOException {
        List<String> types;
        try (Stream<Path> files = Files.list(FACTS_SOURCES)) {
            types = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .filter(n -> !n.equals("package-info.java")).map(n -> n.replace(".java", "")).sorted().toList();
        }

        String readme = Files.readString(README);
        assertThat(types).isNotEmpty()
                .allSatisfy(type -> assertThat(readme).as("README section for " + type).contains("### `" + type + "`"));
    }

    @Test
    void everyParameter_isDocumented_andNothingElseIs() throws IOException {
        Set<String> defined = new TreeSet<>();
        new ObjectMapper().readTree(Path.of("rules/parameters.json").toFile()).path("parameters").fieldNames()
                .forEachRemaining(defined::add);

        assertThat(new TreeSet<>(table("## Parameters"))).isEqualTo(defined);
    }

    @Test
    void everyParameterARuleReads_existsInParametersJson() throws IOException {
        Set<String> defined = new TreeSet<>();
        new ObjectMapper().readTree(Path.of("rules/parameters.json").toFile()).path("parameters").fieldNames()
                .forEachRemaining(defined::add);
        Set<String> read = new TreeSet<>();
        for (Path drl : drlFiles()) {
            Matcher m = PARAMETER_READ.matcher(Files.readString(drl));
            while (m.find()) {
                read.add(m.group(1));
            }
        }

        assertThat(read).isNotEmpty();
        assertThat(defined).as("parameters.json").containsAll(read);
    }

    @Test
    void deriveRulesHaveSalience70To100_andConclusionsNone_asTheReadmeSays() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path drl : drlFiles()) {
            String[] rules = Files.readString(drl).split("(?m)^rule ");
            for (String rule : Arrays.asList(rules).subList(1, rules.length)) {
                String head = rule.substring(0, rule.indexOf("\nwhen"));
                boolean derive = head.contains("@category(\"derive\")");
                Matcher salience = SALIENCE.matcher(head);
                Integer value = salience.find() ? Integer.valueOf(salience.group(1)) : null;
                boolean ok = derive ? value != null && value >= 70 && value <= 100 : value == null;
                if (!ok) {
                    wrong.add(drl + ": " + head.lines().findFirst().orElse("") + " salience " + value);
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    /** First-column names of the first table after the heading. */
    private static List<String> table(String heading) throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf(heading);
        assertThat(start).as("README heading " + heading).isNotNegative();
        Set<String> names = new LinkedHashSet<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (line.startsWith("|")) {
                inTable = true;
                Matcher cell = FIRST_CELL.matcher(line);
                if (cell.find()) {
                    names.add(cell.group(1));
                }
            } else if (inTable) {
                break;
            }
        }
        return List.copyOf(names);
    }

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            return walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }
}
