package org.briefingengine.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * The rules of one folder, compiled at run time from every {@code *.drl} below it. Nothing is compiled into the
 * jar, so analysts change rules without rebuilding; a folder that does not compile yields every problem at once.
 */
public final class RuleBase {

    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final boolean fromCache;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, boolean fromCache) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.fromCache = fromCache;
    }

    /** Checks every rule file below {@code rulesDir} against the allow-list of rule code, then compiles them. */
    public static RuleBase compile(Path rulesDir) throws RuleCompilationException {
        return compile(rulesDir, RuleCache.off());
    }

    /**
     * The rules below {@code rulesDir} from the cache when it holds a sound base compiled from exactly these files
     * by this build; else checked and compiled as {@link #compile(Path)} does, and stored in the cache when clean.
     */
    public static RuleBase compile(Path rulesDir, RuleCache cache) throws RuleCompilationException {
        List<Path> files = ruleFiles(rulesDir);
        String key = cache.keyOf(rulesDir);
        java.util.Optional<KieBase> cached = key == null ? java.util.Optional.empty() : cache.read(key);
        if (cached.isPresent()) {
            return new RuleBase(cached.get(), describe(cached.get(), files), true);
        }
        KieBase base = compileSafe(rulesDir, files);
        if (key != null) {
            cache.write(key, base);
        }
        return new RuleBase(base, describe(base, files), false);
    }

    /**
     * The rule files. Only a compile runs the safety check: a cached base passed it when it was compiled from the
     * same bytes by the same build.
     */
    static List<Path> ruleFiles(Path rulesDir) throws RuleCompilationException {
        List<Path> files = drlFiles(rulesDir);
        if (files.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleProblem(rulesDir, 0, 0,
                    "no rule files (*.drl) found: check --rules or restore the rule pack")));
        }
        return files;
    }

    private static KieBase compileSafe(Path rulesDir, List<Path> files) throws RuleCompilationException {
        try (RuleBuild build = RuleBuild.of(rulesDir, files)) {
            return build.kieBase();
        }
    }

    /** The rules of a build just made or updated, described from the files as they are now. */
    static RuleBase of(RuleBuild build, Path rulesDir) {
        KieBase base = build.kieBase();
        return new RuleBase(base, describe(base, drlFiles(rulesDir)), false);
    }

    /** A new session over the given facts; close it (try-with-resources). */
    public RuleRun newRun(String period, long maxFirings, java.util.function.Function<String, String> nameOf) {
        return new RuleRun(SessionOptions.newSession(kieBase), this, period, maxFirings, nameOf);
    }

    /** A new session whose findings are scored with the evidence of {@code facts} on {@code scale}. */
    public RuleRun newRun(String period, long maxFirings, org.briefingengine.model.FactSet facts, SalienceScale scale) {
        return new RuleRun(SessionOptions.newSession(kieBase), this, maxFirings,
                new FindingSink(period, id -> Phrasing.nameIn(facts, id), facts::meeting, scale));
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * True when a rule matches facts of {@code type}: a pattern on it or on a type it extends or implements. Facts no
     * rule matches need not be inserted.
     */
    public boolean matches(Class<?> type) {
        return ((org.drools.core.impl.InternalRuleBase) kieBase).getRete().getEntryPointNodes().values().stream()
                .flatMap(entryPoint -> entryPoint.getObjectTypeNodes().keySet().stream())
                .anyMatch(objectType -> objectType.isAssignableFrom(type));
    }

    /** True when the compiled base was loaded from the rule cache rather than compiled in this call. */
    public boolean fromCache() {
        return fromCache;
    }

    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String name) {
        return rules.get(name);
    }

    private static Map<String, RuleInfo> describe(KieBase base, List<Path> files) {
        Map<String, Path> fileOf = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (Path file : files) {
            List<String> lines = readLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = RULE_HEADER.matcher(lines.get(i));
                if (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    fileOf.put(name, file);
                    lineOf.put(name, i + 1);
                }
            }
        }
        Map<String, RuleInfo> infos = new LinkedHashMap<>();
        List<Rule> all = new ArrayList<>();
        base.getKiePackages().forEach(p -> all.addAll(p.getRules()));
        all.sort(java.util.Comparator.comparing(Rule::getName));
        for (Rule rule : all) {
            Map<String, Object> meta = rule.getMetaData();
            infos.put(rule.getName(), new RuleInfo(rule.getName(), fileOf.get(rule.getName()),
                    lineOf.getOrDefault(rule.getName(), 0), text(meta, "category", "derive"),
                    text(meta, "severity", ""), description(meta)));
        }
        return infos;
    }

    /** Drools resolves {@code @description} to its own annotation type and keys the value by that class name. */
    private static String description(Map<String, Object> meta) {
        String plain = text(meta, "description", "");
        return plain.isEmpty() ? text(meta, org.kie.api.definition.type.Description.class.getName(), "") : plain;
    }

    private static String text(Map<String, Object> meta, String key, String fallback) {
        Object value = meta.get(key);
        return value == null ? fallback : value.toString().replace("\"", "");
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<Path> drlFiles(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + rulesDir, e);
        }
    }
}
