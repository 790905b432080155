package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RulePackCompilesTest {

    @Test
    void shippedRulePack_compilesAndDescribesEveryRule() throws Exception {
        RuleBase base;
        try {
            base = RuleBase.compile(Path.of("rules"));
        } catch (RuleCompilationException e) {
            e.problems().forEach(System.err::println);
            throw e;
        }
        assertThat(base.rules()).containsKeys("topic-overlap", "bridge-actor", "emerging-topic");
        assertThat(base.rules().values()).allSatisfy(r -> assertThat(r.file()).isNotNull());
    }
}
