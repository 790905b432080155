package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.Finding;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rule cache: a hit behaves as a compile, any change or damage means a compile, and only a private folder is used. */
class RuleCacheTest {

    private static LoadedInputs seed;
    private static List<Finding> compiledFindings;

    @TempDir
    Path temp;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void compileTheShippedRules() {
        seed = new FactLoader().load(Path.of("fixtures"), RuleScenario.SHIPPED_RULES);
        compiledFindings = findings(RuleScenario.shippedRules().ruleBase());
    }

    @Test
    void aCachedBase_isLoadedOnTheSecondRun_andGivesTheSameFindingsAsACompile() throws Exception {
        RuleCache cache = cache();

        RuleBase first = RuleBase.compile(RuleScenario.SHIPPED_RULES, cache);
        RuleBase second = RuleBase.compile(RuleScenario.SHIPPED_RULES, cache);

        assertThat(warnings).isEmpty();
        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(compiledFindings).isNotEmpty();
        assertThat(findings(second)).isEqualTo(compiledFindings);
        assertThat(second.rules()).isEqualTo(first.rules());
        assertThat(cacheFiles()).hasSize(1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void editingARuleTheTaxonomyOrTheParameters_compilesAgain() throws Exception {
        Path rules = TestFiles.copyTree(RuleScenario.SHIPPED_RULES, temp.resolve("rules"));
        RuleCache cache = cache();
        RuleBase.compile(rules, cache);
        assertThat(RuleBase.compile(rules, cache).fromCache()).isTrue();

        for (String file : List.of("derive/counts.drl", "taxonomy/topics.json", "parameters.json")) {
            Files.writeString(rules.resolve(file), "\n", java.nio.file.StandardOpenOption.APPEND);

            assertThat(RuleBase.compile(rules, cache).fromCache()).as(file).isFalse();
            assertThat(RuleBase.compile(rules, cache).fromCache()).as(file).isTrue();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aTruncatedOrAlteredFile_warnsOnce_andTheRulesAreCompiled() throws Exception {
        RuleCache cache = cache();
        RuleBase.compile(RuleScenario.SHIPPED_RULES, cache);
        Path file = cacheFiles().get(0);
        byte[] whole = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        RuleBase afterTruncation = RuleBase.compile(RuleScenario.SHIPPED_RULES, cache);
        byte[] altered = Files.readAllBytes(file);
        altered[altered.length - 100] ^= 1;
        Files.write(file, altered);
        RuleBase afterAlteration = RuleBase.compile(RuleScenario.SHIPPED_RULES, cache);

        assertThat(afterTruncation.fromCache()).isFalse();
        assertThat(afterAlteration.fromCache()).isFalse();
        assertThat(findings(afterAlteration)).isEqualTo(compiledFindings);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains(file.toString()).contains("damaged").doesNotContain("\n");
        assertThat(RuleBase.compile(RuleScenario.SHIPPED_RULES, cache()).fromCache()).as("replaced by a good one").isTrue();
    }

    @Test
    void aFolderOthersCanWrite_isNotUsed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        RuleCache cache = RuleCache.in(folder, warnings::add);

        RuleBase.compile(RuleScenario.SHIPPED_RULES, cache);
        RuleBase.compile(RuleScenario.SHIPPED_RULES, cache);

        assertThat(folder).isEmptyDirectory();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains(folder.toString()).contains("others may write");
    }

    @Test
    void aFileOthersCanWrite_isNotRead() throws Exception {
        RuleBase.compile(RuleScenario.SHIPPED_RULES, cache());
        Files.setPosixFilePermissions(cacheFiles().get(0), PosixFilePermissions.fromString("rw-rw-rw-"));

        assertThat(RuleBase.compile(RuleScenario.SHIPPED_RULES, cache()).fromCache()).isFalse();
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aNewFolderIsMadePrivate() throws Exception {
        Path folder = temp.resolve("cache/briefing-engine");

        RuleBase.compile(RuleScenario.SHIPPED_RULES, RuleCache.in(folder, warnings::add));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(warnings).isEmpty();
    }

    @Test
    void writersRacing_leaveOneWholeFile() throws Exception {
        RuleBase compiled = RuleScenario.shippedRules().ruleBase();
        String key = RuleCacheKey.of(RuleScenario.SHIPPED_RULES);
        int writers = 4;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 3; round++) {
                        cache().write(key, compiled.kieBase());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        try (Stream<Path> left = Files.list(temp.resolve("cache"))) {
            assertThat(left.toList()).as("no temporary files left").hasSize(1);
        }
        RuleBase loaded = RuleBase.compile(RuleScenario.SHIPPED_RULES, cache());
        assertThat(loaded.fromCache()).isTrue();
        assertThat(findings(loaded)).isEqualTo(compiledFindings);
        assertThat(warnings).isEmpty();
    }

    @Test
    void turnedOff_neitherReadsNorWrites() throws Exception {
        RuleCache off = RuleCache.fromEnvironment(java.util.Map.of(RuleCache.OFF_VARIABLE, "off",
                RuleCache.DIR_VARIABLE, temp.resolve("cache").toString()), warnings::add);

        RuleBase.compile(RuleScenario.SHIPPED_RULES, off);

        assertThat(off.enabled()).isFalse();
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void theFolder_followsTheEnvironment() {
        assertThat(RuleCacheFolder.standard(java.util.Map.of(RuleCache.DIR_VARIABLE, "/x/y")))
                .isEqualTo(Path.of("/x/y"));
        assertThat(RuleCacheFolder.standard(java.util.Map.of("XDG_CACHE_HOME", "/c")))
                .isEqualTo(Path.of("/c/briefing-engine"));
        assertThat(RuleCacheFolder.standard(java.util.Map.of("XDG_CACHE_HOME", "relative")))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "briefing-engine"));
    }

    private RuleCache cache() {
        return RuleCache.in(temp.resolve("cache"), warnings::add);
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            return files.filter(p -> p.toString().endsWith(".rules")).toList();
        }
    }

    private static List<Finding> findings(RuleBase base) {
        return new RuleEngine(base).analyse(seed.facts(), RuleScenario.ALL, seed.parametersByName()).findings();
    }
}
