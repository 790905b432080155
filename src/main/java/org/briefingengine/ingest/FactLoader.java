package org.briefingengine.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.SourceRegister;

/**
 * Reads every {@code *.json} under the facts folder, the topic taxonomy ({@code rules/taxonomy/*.json}) and the
 * parameters ({@code rules/parameters.json}), validates them together and reports every problem in one pass.
 */
public final class FactLoader {

    public static final String PARAMETERS_FILE = "parameters.json";
    public static final String TAXONOMY_DIR = "taxonomy";
    public static final String ROLES_FILE = "roles.json";
    /** JSON Schemas for editors ({@code fixtures/schema/facts.schema.json}) sit beside the facts but are not facts. */
    public static final String SCHEMA_SUFFIX = ".schema.json";
    private static final Set<String> FACT_SECTIONS = Set.of("forums", "actors", "persons", "meetings",
            SourceRegisterBinder.SECTION);
    private static final Set<String> TAXONOMY_SECTIONS = Set.of("topics");

    private final JsonDocumentReader reader = new JsonDocumentReader();
    /** Parameter names the rules read, to warn about declared ones nothing reads; null to skip that check. */
    private final Set<String> readByRules;
    /** Told after each fact file: how many are read, of how many. */
    private java.util.function.BiConsumer<Integer, Integer> fileRead = (done, total) -> { };

    public FactLoader() {
        this(null);
    }

    public FactLoader(Set<String> readByRules) {
        this.readByRules = readByRules == null ? null : Set.copyOf(readByRules);
    }

    /** This loader, telling {@code listener} after each fact file how many are read of how many (for progress). */
    public FactLoader onFileRead(java.util.function.BiConsumer<Integer, Integer> listener) {
        this.fileRead = listener;
        return this;
    }

    public LoadedInputs load(Path factsDir, Path rulesDir) {
        return load(factsDir, rulesDir, List.of());
    }

    /**
     * As {@link #load(Path, Path)}, plus fact documents already read (a rule scenario's facts), bound and validated
     * together with the files. {@code factsDir} may be null to read only those documents.
     */
    public LoadedInputs load(Path factsDir, Path rulesDir, List<JsonDocument> extraFacts) {
        return load(factsDir, rulesDir, extraFacts, Set.of());
    }

    /**
     * As {@link #load(Path, Path, List)}, skipping the files in {@code replaced}: the documents stand in for them
     * (an intake workbook about to be written over its earlier import).
     */
    public LoadedInputs load(Path factsDir, Path rulesDir, List<JsonDocument> extraFacts, Set<Path> replaced) {
        Problems problems = new Problems();
        RawFacts raw = new RawFacts();
        SortedMap<String, String> hashes = new TreeMap<>();
        Interner interner = new Interner();
        FactFileBinder binder = new FactFileBinder(problems, interner);
        SourceRegisterBinder register = new SourceRegisterBinder(problems, interner);
        ReadAgain readAgain = new ReadAgain(reader);

        List<Path> factFiles = factsDir == null ? List.of() : jsonFiles(factsDir, problems, "facts").stream()
                .filter(file -> !replaced.contains(file.toAbsolutePath().normalize())).toList();
        if (factsDir != null && factFiles.isEmpty() && Files.isDirectory(factsDir)) {
            problems.error(factsDir, "no fact files (*.json) found: add forums, actors and meetings files");
        }
        int read = 0;
        for (Path file : factFiles) {
            // Hashed only once the reader accepted it: hashing reads the whole file, which a runaway file must not be.
            // Each tree is dropped once bound: its facts keep only a way to place later problems.
            reader.read(file, file, problems).ifPresent(doc -> {
                hashes.put(relative(factsDir, file), FileHash.of(file));
                DocumentPlaces places = readAgain.placesOf(file, doc.displayPath());
                binder.bind(doc, places, FACT_SECTIONS, raw);
                register.bind(doc, places, raw.sources);
            });
            fileRead.accept(++read, factFiles.size());
        }
        extraFacts.forEach(doc -> {
            binder.bind(doc, FACT_SECTIONS, raw);
            register.bind(doc, doc, raw.sources);
        });
        Path taxonomyDir = rulesDir.resolve(TAXONOMY_DIR);
        List<Path> taxonomyFiles = jsonFiles(taxonomyDir, problems, "taxonomy");
        CrossReferenceValidator references = new CrossReferenceValidator(problems);
        if (taxonomyFiles.isEmpty()) {
            if (Files.isDirectory(taxonomyDir)) {
                problems.error(taxonomyDir, "no taxonomy files (*.json) found: restore " + taxonomyDir.resolve("topics.json")
                        + " or point --rules at the folder that holds taxonomy/");
            }
            // the cause is the missing taxonomy, not each meeting's topics
            references.registerMissing("topic");
        }
        taxonomyFiles.forEach(file -> reader.read(file, file, problems)
                .ifPresent(doc -> binder.bind(doc, TAXONOMY_SECTIONS, raw)));
        Path parameters = rulesDir.resolve(PARAMETERS_FILE);
        if (Files.isRegularFile(parameters)) {
            reader.read(parameters, parameters, problems).ifPresent(doc -> {
                new ParametersBinder(problems).bind(doc, raw);
                warnUnread(raw, problems);
            });
        } else {
            problems.error(parameters, "parameters file is missing (looked in " + rulesDir.toAbsolutePath().normalize()
                    + "): restore it, or point --rules at the folder that holds " + PARAMETERS_FILE);
        }
        // Optional: without it a meeting may use only co-chairs, hosts and participants, as before the register.
        Path roles = rulesDir.resolve(ROLES_FILE);
        if (Files.isRegularFile(roles)) {
            reader.read(roles, roles, problems).ifPresent(doc -> new RolesBinder(problems).bind(doc, raw));
        }
        references.validate(raw);

        FactSet facts = new FactSet(values(raw.forums), values(raw.actors), values(raw.persons), values(raw.topics),
                values(raw.meetings), values(raw.roles), new SourceRegister(values(raw.sources)));
        return new LoadedInputs(facts, values(raw.parameters), raw.parameterSpecs, problems.list(), hashes);
    }

    /** Settings the program itself reads need no rule to read them: the engine's budgets, salience and report. */
    private static final List<String> PROGRAM_SETTINGS = List.of("engine.", "salience.", "severity.", "report.");

    private void warnUnread(RawFacts raw, Problems problems) {
        if (readByRules == null) {
            return;
        }
        for (Located<org.briefingengine.model.Parameter> p : raw.parameters) {
            String name = p.value().name();
            if (!readByRules.contains(name) && PROGRAM_SETTINGS.stream().noneMatch(name::startsWith)) {
                problems.warnAt(p.doc(), p.pointer(), "parameter '" + name + "' is declared but no rule reads it "
                        + "(Parameter( name == \"" + name + "\" )): use it in a rule or remove it");
            }
        }
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }

    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** Every {@code *.json} below {@code dir}, sorted, so runs read files in the same order everywhere. */
    private static List<Path> jsonFiles(Path dir, Problems problems, String what) {
        if (!Files.isDirectory(dir)) {
            problems.error(dir, what + " folder not found: check the path or create it");
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith(SCHEMA_SUFFIX))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
