package org.briefingengine.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rule cache as separate processes use it: racing writers, a damaged file, a cache turned off. */
class RuleCacheIT {

    private static final String FACTS = Path.of("fixtures").toAbsolutePath().toString();
    private static final String RULES = Path.of("rules").toAbsolutePath().toString();

    @TempDir
    Path temp;

    @Test
    void twoProcessesCompilingAtOnce_leaveOneSoundFile_thatTheNextRunLoads() throws Exception {
        Map<String, String> env = Map.of("BRIEFING_RULE_CACHE_DIR", temp.resolve("cache").toString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<JarProcess.Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Path work = Files.createDirectories(temp.resolve("validate-" + i));
                // validate always compiles from source and stores the result: both processes write the same file
                runs.add(pool.submit(() -> JarProcess.run(work, List.of(), env, "validate", "--facts", FACTS,
                        "--rules", RULES)));
            }
            for (Future<JarProcess.Outcome> run : runs) {
                assertThat(run.get().exitCode()).as(run.get().err()).isZero();
                assertThat(run.get().err()).doesNotContain("rule cache");
            }
        } finally {
            pool.shutdown();
        }

        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement().asString().endsWith(".rules");
        }
        JarProcess.Outcome run = run(env, "after");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("stage=rules-compiled").contains("cached=true").doesNotContain("rule cache");
    }

    @Test
    void aDamagedFile_givesOneWarning_andTheSameFindingsAsNoCache() throws Exception {
        Map<String, String> env = Map.of("BRIEFING_RULE_CACHE_DIR", temp.resolve("cache").toString());
        Path work = Files.createDirectories(temp.resolve("fill"));
        assertThat(JarProcess.run(work, List.of(), env, "validate", "--facts", FACTS, "--rules", RULES).exitCode()).isZero();
        Path file;
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            file = files.findFirst().orElseThrow();
        }
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 1000));

        JarProcess.Outcome damaged = run(env, "damaged");
        JarProcess.Outcome off = run(Map.of("BRIEFING_RULE_CACHE", "off"), "off");

        assertThat(damaged.exitCode()).as(damaged.err()).isZero();
        assertThat(damaged.err().lines().filter(l -> l.contains("rule cache"))).singleElement().asString()
                .contains("level=warn").contains(file.toString()).contains("damaged");
        assertThat(damaged.err()).contains("cached=false");
        assertThat(off.exitCode()).as(off.err()).isZero();
        assertThat(findings("damaged")).isEqualTo(findings("off"));
        JarProcess.Outcome repaired = run(env, "repaired");
        assertThat(repaired.err()).contains("cached=true").doesNotContain("rule cache");
    }

    private JarProcess.Outcome run(Map<String, String> env, String name) throws Exception {
        Path work = Files.createDirectories(temp.resolve(name));
        return JarProcess.run(work, List.of(), env, "run", "--facts", FACTS, "--rules", RULES, "--period", "2021-Q4",
                "--out", work.resolve("out").toString());
    }

    /** The findings array of the pack's JSON (the rest carries the run's time and input digest). */
    private String findings(String name) throws Exception {
        String json = Files.readString(temp.resolve(name).resolve("out/2021-Q4").resolve("findings-2021-Q4.json"));
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("findings").toString();
    }
}
