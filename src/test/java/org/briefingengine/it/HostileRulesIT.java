package org.briefingengine.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefingengine.it.JarProcess.Outcome;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that would hang the run, end the process or exhaust it, run through the packaged jar: each ends with exit 4
 * and one line naming the rule, nothing written, the lock and temporary files gone, the previous pack untouched.
 */
class HostileRulesIT {

    private static final Path FIXTURES = Path.of("fixtures").toAbsolutePath();

    @TempDir
    Path workDir;
    private Path rules;
    private Path pack;

    @BeforeEach
    void shippedRulesAndAPreviousPack() throws Exception {
        rules = TestFiles.copyTree(Path.of("rules").toAbsolutePath(), workDir.resolve("rules"));
        assertThat(run().exitCode()).isZero();
        pack = workDir.resolve("out/2021-Q4");
    }

    @Test
    void aRuleThatSleepsForever_isRefusedBeforeItRuns() throws Exception {
        addRule("then", "    Thread.sleep(Long.MAX_VALUE);");

        Outcome validate = validate();
        Outcome run = runAndKeepPack();

        assertThat(validate.exitCode()).isEqualTo(4);
        assertThat(validate.firstErrorLine()).startsWith("briefing: " + hostileFile() + ":9:5: 'java.lang.Thread' is "
                + "not allowed in rules (process or runtime control)");
        assertThat(run.exitCode()).isEqualTo(4);
    }

    @Test
    void systemExitInARule_isRefusedAtCompileTime_notExitZero() throws Exception {
        addRule("then", "    System.exit(0);");

        Outcome validate = validate();
        Outcome run = runAndKeepPack();

        assertThat(validate.exitCode()).isEqualTo(4);
        assertThat(validate.firstErrorLine()).startsWith("briefing: " + hostileFile() + ":9:5: 'java.lang.System' is "
                + "not allowed in rules");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("'java.lang.System' is not allowed in rules");
    }

    @Test
    void aConditionThatNeverReturns_isStoppedByTheWatchdog_namingTheRule() throws Exception {
        addRule("eval( spin() )", "");
        setParameter("engine.maxSeconds", "2");

        Outcome run = runAndKeepPack();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).containsOnlyOnce("briefing: ")
                .contains("the rules were still running after 2 s (engine.maxSeconds) and were stopped in rule "
                        + "'hostile' (" + hostileFile() + ":5)");
    }

    @Test
    void aConsequenceThatNeverReturns_isStoppedByTheWatchdog() throws Exception {
        addRule("then", "    spin();");
        setParameter("engine.maxSeconds", "2");

        Outcome run = runAndKeepPack();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("were stopped in rule 'hostile'");
    }

    @Test
    void unboundedRecursion_isExitFourWithOneLine() throws Exception {
        addRule("then", "    deeper(0);");

        Outcome run = runAndKeepPack();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .contains("the rules recursed without end (StackOverflowError) in rule 'hostile'");
    }

    @Test
    void aRuleThatExhaustsTheHeap_isExitFourWithOneLine() throws Exception {
        addRule("then", "    java.util.List<long[]> all = new java.util.ArrayList<>();\n"
                + "    while (true) { all.add(new long[1_000_000]); }");

        Outcome run = JarProcess.run(workDir, List.of("-Xmx192m"), runArgs());
        assertPackUntouched();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .containsAnyOf("ran out of memory (OutOfMemoryError) in rule 'hostile'", "of the memory Java may use")
                .doesNotContain("\tat ");
    }

    private void addRule(String conditionOrThen, String consequence) throws IOException {
        String when = conditionOrThen.equals("then") ? "" : "    " + conditionOrThen + "\n";
        Files.writeString(rules.resolve("quality/hostile.drl"), """
                package rules.quality

                import org.briefingengine.engine.facts.*;

                rule "hostile"
                when
                    ReportWindow( )
                %sthen
                %s
                end

                function boolean spin() {
                    int i = 0;
                    while (true) { i++; }
                }

                function int deeper(int n) {
                    return deeper(n + 1) + 1;
                }
                """.formatted(when, consequence));
    }

    private Path hostileFile() {
        return rules.resolve("quality/hostile.drl");
    }

    private void setParameter(String name, String value) throws IOException {
        Path parameters = rules.resolve("parameters.json");
        String text = Files.readString(parameters);
        assertThat(text).contains("\"" + name + "\"");
        Files.writeString(parameters, text.replaceFirst("(\"" + java.util.regex.Pattern.quote(name)
                + "\": \\{[^}]*\"value\": )[^,}]+", "$1" + value));
    }

    private Outcome validate() throws Exception {
        return JarProcess.run(workDir, List.of(), "validate", "--facts", FIXTURES.toString(), "--rules",
                rules.toString(), "--quiet");
    }

    private Outcome run(String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(runArgs()));
        args.addAll(List.of(extra));
        return JarProcess.run(workDir, List.of(), args.toArray(String[]::new));
    }

    private String[] runArgs() {
        return new String[] {"run", "--period", "2021-Q4", "--facts", FIXTURES.toString(), "--rules",
            rules.toString(), "--out", "out", "--quiet"};
    }

    private Outcome runAndKeepPack() throws Exception {
        Outcome outcome = run();
        assertPackUntouched();
        return outcome;
    }

    /** The previous pack is still there, and nothing else: no lock file, no temporary file. */
    private void assertPackUntouched() throws IOException {
        try (Stream<Path> files = Files.list(pack)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "briefing-2021-Q4.pdf", "briefing-2021-Q4.xlsx", "findings-2021-Q4.json", "manifest.json");
        }
    }
}
