package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.Finding;
import org.briefingengine.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop's rules: an edited file is recompiled alone, and the base it updates behaves as a fresh compile. */
class LiveRulesTest {

    @TempDir
    Path temp;

    @Test
    @Timeout(300)
    void anEditedFile_isRecompiledInPlace_andABrokenEditKeepsTheLastGoodRules() throws Exception {
        Path rules = TestFiles.copyTree(RuleScenario.SHIPPED_RULES, temp.resolve("rules"));
        LoadedInputs seed = new FactLoader().load(Path.of("fixtures"), rules);
        Path drl = rules.resolve("overlaps/topics.drl");
        String good = Files.readString(drl);
        try (LiveRules live = new LiveRules(rules)) {
            List<Finding> before = findings(live.refresh(Set.of()), seed);

            Files.writeString(drl, good.replace("forums.size() >= $min,", "forums.size() >= $min + 1,"));
            RuleBase stricter = live.refresh(Set.of(drl));
            List<Finding> stricterFindings = findings(stricter, seed);

            assertThat(stricterFindings).isNotEqualTo(before).isEqualTo(findings(RuleBase.compile(rules), seed));

            Files.writeString(drl, good.replace("lag == 0, forums.size()", "lagg == 0, forums.size()"));
            assertThatThrownBy(() -> live.refresh(Set.of(drl))).isInstanceOf(RuleCompilationException.class);
            assertThat(findings(stricter, seed)).as("the last good rules").isEqualTo(stricterFindings);

            Files.writeString(drl, good);
            assertThat(findings(live.refresh(Set.of(drl)), seed)).isEqualTo(before);
        }
    }

    private static List<Finding> findings(RuleBase base, LoadedInputs seed) {
        return new RuleEngine(base).analyse(seed.facts(), RuleScenario.ALL, seed.parametersByName()).findings();
    }
}
