package org.briefingengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Frameworks stay at the edges: each is imported only by the package that owns it. Dependencies run one way:
 * model &lt; ingest, engine &lt; analysis &lt; render &lt; pipeline &lt; explain, scenario, watch, bench, extract &lt; cli.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/briefingengine");

    /** Each top-level package's layer; a package may import only lower layers (equal layers know nothing of each other). */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(Map.entry("model", 0),
            Map.entry("ingest", 1), Map.entry("engine", 1), Map.entry("analysis", 2), Map.entry("render", 3),
            Map.entry("pipeline", 4), Map.entry("explain", 5), Map.entry("scenario", 5), Map.entry("watch", 5),
            Map.entry("bench", 5), Map.entry("extract", 5), Map.entry("intake", 2), Map.entry("cli", 6));

    private static final Pattern OWN_IMPORT = Pattern.compile("^import (?:static )?org\\.briefingengine\\.(\\w+)\\.");

    @Test
    void droolsIsImportedOnlyByTheEngine() throws IOException {
        assertThat(importersOf("org.kie", "org.drools")).allMatch(p -> p.startsWith("engine/"));
    }

    @Test
    void poiIsImportedOnlyByTheExcelRenderer() throws IOException {
        // The intake workbook (template, export, reading it back) is the other edge where spreadsheets come in.
        assertThat(importersOf("org.apache.poi")).allMatch(p -> p.startsWith("render/excel/") || p.startsWith("intake/excel/"));
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
    void everyPackageHasALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList())
                    .allSatisfy(name -> assertThat(LAYERS).containsKey(name));
        }
    }

    @Test
    void dependenciesRunOneWay() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> violations = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(ArchitectureTest::importsAgainstTheDirection).toList();
            assertThat(violations).isEmpty();
        }
    }

    /** "engine/X.java imports analysis" for every import of a package on the same or a higher layer. */
    private static Stream<String> importsAgainstTheDirection(Path file) {
        String relative = MAIN.relativize(file).toString().replace('\\', '/');
        String own = relative.substring(0, relative.indexOf('/'));
        try {
            return Files.readAllLines(file).stream().map(OWN_IMPORT::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).filter(used -> !used.equals(own))
                    .filter(used -> LAYERS.getOrDefault(used, Integer.MAX_VALUE) >= LAYERS.get(own))
                    .map(used -> relative + " imports " + used);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
