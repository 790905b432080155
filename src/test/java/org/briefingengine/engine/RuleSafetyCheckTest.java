package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule safety check: every use outside the allow-list is refused at its file, line and column. */
class RuleSafetyCheckTest {

    private static final Path FILE = Path.of("rules/quality/x.drl");

    private static List<String> problems(String consequence) {
        return check("""
                package rules.quality

                import org.briefingengine.engine.facts.*;
                import org.briefingengine.model.*;

                global org.briefingengine.engine.FindingSink out;

                rule "x"
                when
                    $m : MeetingFact( )
                then
                %s
                end
                """.formatted(consequence));
    }

    private static List<String> check(String drl) {
        return RuleSafetyCheck.check(FILE, drl).stream().map(RuleProblem::toString).toList();
    }

    @Test
    void systemExit_isRefusedAtItsLineAndColumn() {
        assertThat(problems("    System.exit(0);")).containsExactly(
                FILE + ":12:5: 'java.lang.System' is not allowed in rules (process or runtime control); rules may use "
                        + "the fact model, java.lang basics, java.util collections, java.time and java.math "
                        + "(see rules/README.md, 'What rule code may use')",
                FILE + ":12:5: calling 'exit' is not allowed in rules (process, runtime, reflection or session "
                        + "control); rules may use the fact model, java.lang basics, java.util collections, java.time "
                        + "and java.math (see rules/README.md, 'What rule code may use')");
    }

    @Test
    void runtimeExec_fileAndClassForName_areRefused() {
        assertThat(problems("    Runtime.getRuntime().exec(\"id\");")).anyMatch(p -> p.startsWith(FILE + ":12:5: "
                + "'java.lang.Runtime' is not allowed")).anyMatch(p -> p.contains("calling 'exec'"));
        assertThat(problems("    String s = \"\";\n    java.io.File f = new java.io.File(\"/etc/passwd\");"))
                .isNotEmpty().allMatch(p -> p.startsWith(FILE + ":13:") && p.contains("'java.io.File' is not allowed "
                        + "in rules (file I/O)"));
        assertThat(problems("    Class.forName(\"x\");")).anyMatch(p -> p.startsWith(FILE + ":12:5: 'java.lang.Class' "
                + "is not allowed in rules (reflection)"));
    }

    @Test
    void reflectionThreadsAndNetworking_areRefused() {
        assertThat(problems("    $m.getClass().getClassLoader();")).anyMatch(p -> p.contains("calling 'getClass'"));
        assertThat(problems("    Thread.sleep(Long.MAX_VALUE);")).anyMatch(p -> p.contains("'java.lang.Thread'"));
        assertThat(problems("    new ProcessBuilder(\"sh\").start();")).anyMatch(p -> p.contains("ProcessBuilder"));
        assertThat(problems("    Object u = new java.net.URL(\"http://x\");")).anyMatch(p -> p.contains("(networking)"));
        assertThat(problems("    Object o = java.nio.file.Files.readString(null);")).anyMatch(p -> p.contains("file I/O"));
        assertThat(problems("    Object o = String.class;")).anyMatch(p -> p.contains("class literals"));
    }

    @Test
    void importsFunctionsEvalsAndConditions_areCheckedToo() {
        List<String> found = check("""
                package rules.quality

                import java.io.File;
                import java.lang.reflect.*;
                import org.briefingengine.engine.facts.*;

                function boolean spin() {
                    return Runtime.getRuntime() != null;
                }

                rule "x"
                when
                    $m : MeetingFact( id != System.getenv("HOME") )
                    eval( ProcessHandle.current() != null )
                then
                end
                """);
        assertThat(found).anyMatch(p -> p.startsWith(FILE + ":3:8: 'java.io.File' is not allowed"))
                .anyMatch(p -> p.startsWith(FILE + ":4:8: package 'java.lang.reflect' is not allowed"))
                .anyMatch(p -> p.startsWith(FILE + ":8:12: 'java.lang.Runtime'"))
                .anyMatch(p -> p.startsWith(FILE + ":13:29: 'java.lang.System'"))
                .anyMatch(p -> p.startsWith(FILE + ":14:11: 'java.lang.ProcessHandle'"));
    }

    @Test
    void theRuleVocabularyCollectionsTimeAndModifyBlocks_pass() {
        assertThat(problems("""
                    java.util.List<String> ids = new java.util.ArrayList<>(java.util.List.of($m.id()));
                    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
                    String label = String.format("%s", Math.max(1, ids.size())) + java.time.LocalDate.of(2021, 1, 1);
                    StringBuilder text = new StringBuilder(label).append(Severity.HIGH);
                    ids.stream().map(String::strip).sorted().toList();
                    modify( $m ) { toString(), hashCode() }
                    out.finding( kcontext ).about( label ).says( "text, with a comma" ).insert();
                """)).isEmpty();
    }

    @Test
    void commentsAndStrings_areNotCode() {
        assertThat(problems("    // System.exit(0)\n    String s = \"Runtime.getRuntime().exec\";")).isEmpty();
    }

    @Test
    void mvelDialect_isRefused() {
        assertThat(check("""
                package rules.quality
                dialect "mvel"
                rule "x"
                when
                then
                end
                """)).singleElement().asString().contains(":2:").contains("dialect \"mvel\" is not allowed");
    }

    @Test
    void theShippedRulePack_passes() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            List<Path> drl = files.filter(p -> p.toString().endsWith(".drl")).toList();
            assertThat(drl).isNotEmpty();
            assertThat(RuleSafetyCheck.check(drl)).isEmpty();
        }
    }
}
