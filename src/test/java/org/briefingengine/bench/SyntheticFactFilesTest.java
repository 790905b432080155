package org.briefingengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.briefingengine.ingest.FactLoader;
import org.briefingengine.ingest.LoadedInputs;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic meetings written as fact files read back, file by file, as the very meetings generated. */
class SyntheticFactFilesTest {

    private static final Path RULES = Path.of("rules");

    @Test
    void writtenFiles_validateAndBindToTheGeneratedFacts(@TempDir Path folder) throws Exception {
        FactSet generated = SyntheticFacts.generate(600, new FactLoader().load(Path.of("fixtures"), RULES)
                .facts().topics(), 7);

        SyntheticFactFiles.Written written = SyntheticFactFiles.write(generated, folder);
        LoadedInputs loaded = new FactLoader().load(folder, RULES);

        assertThat(loaded.problems()).isEmpty();
        assertThat(written.files()).isEqualTo(loaded.factFileHashes().size()).isGreaterThan(40);
        assertThat(byId(loaded.facts().meetings())).isEqualTo(byId(generated.meetings()));
        assertThat(loaded.facts().forums()).isEqualTo(generated.forums());
        assertThat(loaded.facts().actors()).isEqualTo(generated.actors());
    }

    @Test
    void theSameFactSet_givesTheSameBytes(@TempDir Path folder) throws Exception {
        FactSet facts = SyntheticFacts.generate(50, new FactLoader().load(Path.of("fixtures"), RULES)
                .facts().topics(), 3);

        SyntheticFactFiles.write(facts, folder.resolve("a"));
        SyntheticFactFiles.write(facts, folder.resolve("b"));

        List<Path> files = files(folder.resolve("a"));
        assertThat(files).isNotEmpty().isEqualTo(files(folder.resolve("b")));
        for (Path file : files) {
            assertThat(Files.readString(folder.resolve("b").resolve(file)))
                    .isEqualTo(Files.readString(folder.resolve("a").resolve(file)));
        }
    }

    private static List<Meeting> byId(List<Meeting> meetings) {
        return meetings.stream().sorted(Comparator.comparing(Meeting::id)).toList();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }
}
