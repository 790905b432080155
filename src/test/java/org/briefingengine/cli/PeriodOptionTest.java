package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.briefingengine.pipeline.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command parses --period the same way: a period that is not one is a usage error before anything is read. */
class PeriodOptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"run", "bench", "watch", "explain"})
    void invalidPeriod_exitsTwoNamingTheOptionAndTheForms(String command) {
        Cli.Result result = Cli.run(command, "--period", "2021-Q5");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("briefing: Invalid value for option '--period': invalid period '2021-Q5': "
                + "use 2021-Q4, 2021, 2019-Q1..2021-Q4, previous-quarter, latest or all (see 'briefing " + command
                + " --help')\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void help_listsEveryExitCodeFromTheOneTable() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        for (ExitCode code : ExitCode.values()) {
            assertThat(result.out()).containsPattern("(?m)^\\s+" + code.code() + "\\s+" + java.util.regex.Pattern
                    .quote(code.meaning()) + "$");
        }
    }
}
