package org.briefingengine.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixture folders under {@code src/test/resources/ingest/}, each named for the one thing it tests, each with a
 * {@code facts/} folder and either its own {@code rules/} or the shared {@code rules_minimal/}. They are read from the
 * source tree, not the class path, so the expected problem lines show the same paths a user would see.
 */
final class IngestFixtures {

    static final Path ROOT = Path.of("src/test/resources/ingest");
    static final Path MINIMAL_RULES = ROOT.resolve("rules_minimal");

    private IngestFixtures() {
    }

    /** Loads one fixture folder as {@code briefing validate --facts <case>/facts --rules <rules>} would. */
    static LoadedInputs load(String fixture) {
        Path folder = ROOT.resolve(fixture);
        Path rules = Files.isDirectory(folder.resolve("rules")) ? folder.resolve("rules") : MINIMAL_RULES;
        return new FactLoader().load(folder.resolve("facts"), rules);
    }

    /** The path of a file in a fixture folder as problem lines print it, e.g. {@code file("x", "facts/a.json")}. */
    static String file(String fixture, String relative) {
        return ROOT.resolve(fixture).resolve(relative).toString();
    }

    /** Every problem as the user reads it: {@code file:line:col: /pointer: message}. */
    static List<String> lines(LoadedInputs loaded) {
        return loaded.problems().stream().map(InputProblem::toString).toList();
    }
}
