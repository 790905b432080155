package org.briefingengine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefingengine.engine.RuleCache;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules load on a thread of their own while the facts are read; what both say is told as one thread would. */
class PreparedInputsTest {

    @TempDir
    Path temp;

    @Test
    void badFactsAndBrokenRules_tellOnlyTheFactsProblems_withExitThree() throws IOException {
        Path facts = TestFiles.copyTree(Path.of("fixtures"), temp.resolve("facts"));
        Files.writeString(facts.resolve("forums.json"), "{ not json");
        Path rules = brokenRules();

        assertThatThrownBy(() -> PreparedInputs.prepare(facts, rules, StageListener.NONE, RuleCache.off()))
                .isInstanceOfSatisfying(BriefingException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_FACTS);
                    assertThat(e.lines()).anyMatch(l -> l.contains("forums.json")).noneMatch(l -> l.contains("broken"));
                });
    }

    @Test
    void brokenRules_areToldAfterTheFactsWereRead_withExitFour() throws IOException {
        Path rules = brokenRules();
        Recorder heard = new Recorder();

        assertThatThrownBy(() -> PreparedInputs.prepare(Path.of("fixtures"), rules, heard, RuleCache.off()))
                .isInstanceOfSatisfying(BriefingException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.RULES);
                    assertThat(e.lines()).anyMatch(l -> l.contains("broken.drl"));
                });
        assertThat(heard.events).containsExactly("facts-read");
    }

    @Test
    void theRuleCachesWarning_isToldOnTheCallersThread_afterTheFacts() throws IOException {
        Path open = Files.createDirectories(temp.resolve("cache"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Recorder heard = new Recorder();

        PreparedInputs inputs = PreparedInputs.prepare(Path.of("fixtures"), Path.of("rules"), heard,
                RuleCache.in(open, heard::warning));

        assertThat(inputs.ruleBase().fromCache()).isFalse();
        assertThat(heard.events).hasSize(3).startsWith("facts-read").endsWith("rules-compiled");
        assertThat(heard.events.get(1)).startsWith("warning: the rule cache folder " + open + " is not used");
        assertThat(heard.threads).containsOnly(Thread.currentThread().getName());
    }

    private Path brokenRules() throws IOException {
        Path rules = TestFiles.copyTree(Path.of("rules"), temp.resolve("rules"));
        Files.writeString(rules.resolve("quality/broken.drl"), "package rules.quality\nrule \"x\" when Nope( then end\n");
        return rules;
    }

    /** The stages and warnings heard, in order, and the threads they were heard on. */
    private static final class Recorder implements StageListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        @Override
        public void stageDone(String stage, long millis, Map<String, Object> fields) {
            heard(stage);
        }

        @Override
        public void warning(String message) {
            heard("warning: " + message);
        }

        private void heard(String event) {
            events.add(event);
            threads.add(Thread.currentThread().getName());
        }
    }
}
