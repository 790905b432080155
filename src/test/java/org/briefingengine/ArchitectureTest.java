package org.briefingengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Frameworks stay at the edges: each is imported only by the package that owns it. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/briefingengine");

    @Test
    void droolsIsImportedOnlyByTheEngine() throws IOException {
        assertThat(importersOf("org.kie", "org.drools")).allMatch(p -> p.startsWith("engine/"));
    }

    @Test
    void poiIsImportedOnlyByTheExcelRenderer() throws IOException {
        assertThat(importersOf("org.apache.poi")).allMatch(p -> p.startsWith("render/excel/"));
    }

    @Test
    void openPdfAndTheChartLibraryAreImportedOnlyByThePdfRenderer() throws IOException {
        assertThat(importersOf("com.lowagie", "org.openpdf", "org.jfree")).allMatch(p -> p.startsWith("render/pdf/"));
    }

    @Test
    void picocliIsImportedOnlyByTheCommandLine() throws IOException {
        assertThat(importersOf("picocli")).allMatch(p -> p.startsWith("cli/"));
    }

    @Test
    void luceneIsImportedOnlyByTheExtractorsTextPackage() throws IOException {
        assertThat(importersOf("org.apache.lucene")).isNotEmpty().allMatch(p -> p.startsWith("extract/text/"));
    }

    @Test
    void theExtractorReadsModelAndRegisters_butNotTheEngineTheRenderersOrTheCommandLine() throws IOException {
        assertThat(importersOf("org.briefingengine.engine", "org.briefingengine.render", "org.briefingengine.pipeline",
                "org.briefingengine.cli", "org.kie", "org.drools", "picocli"))
                .noneMatch(p -> p.startsWith("extract/"));
    }

    @Test
    void theModelImportsNoFrameworkAndNoOtherLayer() throws IOException {
        assertThat(importersOf("org.kie", "org.drools", "org.apache.poi", "com.lowagie", "picocli",
                "com.fasterxml", "org.briefingengine.engine", "org.briefingengine.ingest",
                "org.briefingengine.render", "org.briefingengine.pipeline", "org.briefingengine.cli"))
                .noneMatch(p -> p.startsWith("model/"));
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            assertThat(dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).toList())
                    .allSatisfy(dir -> assertThat(dir.resolve("package-info.java")).exists());
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Source files (relative to the base package, with / separators) importing any of the prefixes. */
    private static List<String> importersOf(String... prefixes) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> imports(f, prefixes))
                    .map(f -> MAIN.relativize(f).toString().replace('\\', '/')).toList();
        }
    }

    private static boolean imports(Path file, String... prefixes) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("import "))
                    .anyMatch(l -> Stream.of(prefixes).anyMatch(p -> l.startsWith("import " + p + ".")
                            || l.startsWith("import static " + p + ".")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
