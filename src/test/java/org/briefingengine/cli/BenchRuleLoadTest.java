package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code bench} says how long the rules take to get ready: compiled from source, and loaded from the rule cache. */
class BenchRuleLoadTest {

    @Test
    void bench_printsTheColdCompileAndTheCachedLoad_beforeItsTable() {
        Cli.Result result = Cli.run("bench", "--meetings", "20", "--repeat", "1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().findFirst().orElseThrow())
                .matches("rules: cold compile \\d+ ms, cached load \\d+ ms");
        assertThat(result.out().lines().skip(1).findFirst().orElseThrow()).startsWith("meetings ");
    }
}
