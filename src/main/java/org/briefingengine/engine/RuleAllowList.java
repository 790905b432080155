package org.briefingengine.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Java a rule file may use: the one place the rule safety check's policy is written (rules/README.md documents
 * it, and a test keeps the two in step). Rule code may name the rule vocabulary, {@code java.lang} basics,
 * {@code java.util} collections and streams, {@code java.time} and {@code java.math}; nothing that controls the
 * process or the runtime, reflects, loads classes, reads or writes files or talks to the network. The policy is in
 * Java, not in {@code rules/}, because a rule author must not be able to widen it.
 */
public final class RuleAllowList {

    /** Packages whose every type rule code may name. */
    static final Set<String> PACKAGES = Set.of("org.briefingengine.model", "org.briefingengine.engine.facts",
            "java.util", "java.util.function", "java.util.stream", "java.util.regex", "java.time",
            "java.time.format", "java.time.temporal", "java.math");

    /** Single types outside those packages: the {@code out} global's types and the {@code java.lang} basics. */
    static final Set<String> TYPES = Set.of("org.briefingengine.engine.FindingSink",
            "org.briefingengine.engine.FindingBuilder", "java.lang.String", "java.lang.StringBuilder",
            "java.lang.CharSequence", "java.lang.Math", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Number", "java.lang.Object", "java.lang.Comparable", "java.lang.Iterable", "java.lang.Enum",
            "java.lang.Record", "java.lang.Override", "java.lang.Exception", "java.lang.RuntimeException",
            "java.lang.IllegalArgumentException", "java.lang.IllegalStateException", "java.lang.ArithmeticException",
            "java.lang.NullPointerException", "java.lang.UnsupportedOperationException");

    /** Types inside an allowed package that still reach outside the rules (class loading, timers, files). */
    static final Set<String> DENIED_TYPES = Set.of("java.util.ServiceLoader", "java.util.Timer",
            "java.util.TimerTask", "java.util.Scanner", "java.util.ResourceBundle", "java.util.Properties",
            "java.util.PropertyResourceBundle", "java.util.ListResourceBundle");

    /**
     * Methods no rule may call on anything: reflection and class loading, process control, monitors, threads behind a
     * parallel stream, and the session itself (a rule reaches the engine only through insert, update and delete).
     */
    static final Set<String> DENIED_METHODS = Set.of("getClass", "forName", "getClassLoader", "loadClass",
            "defineClass", "newInstance", "getConstructor", "getConstructors", "getDeclaredConstructor",
            "getDeclaredConstructors", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
            "getField", "getFields", "getDeclaredField", "getDeclaredFields", "invoke", "invokeExact",
            "setAccessible", "getRuntime", "exec", "exit", "wait", "notify", "notifyAll", "parallelStream",
            "parallel", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase");

    /** First names of a package-qualified name ({@code java.io.File}); any other lower-case first name is a variable. */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io",
            "jakarta", "kotlin", "groovy", "scala", "mvel2");

    private RuleAllowList() {
    }

    /** Why a fully qualified type may not be used, or empty when it may. */
    static Optional<String> checkType(String qualifiedName) {
        if (DENIED_TYPES.contains(qualifiedName)) {
            return Optional.of(denied(qualifiedName));
        }
        if (TYPES.contains(qualifiedName) || PACKAGES.contains(packageOf(qualifiedName))) {
            return Optional.empty();
        }
        return Optional.of(denied(qualifiedName));
    }

    /** Why a package may not be imported whole ({@code import java.io.*}), or empty when it may. */
    static Optional<String> checkPackage(String packageName) {
        return PACKAGES.contains(packageName) ? Optional.empty()
                : Optional.of("package '" + packageName + "' is not allowed in rules" + HINT);
    }

    static Optional<String> checkMethod(String name) {
        return DENIED_METHODS.contains(name) ? Optional.of("calling '" + name + "' is not allowed in rules "
                + "(process, runtime, reflection or session control)" + HINT) : Optional.empty();
    }

    static String classLiteral() {
        return "class literals ('X.class') are not allowed in rules (reflection)" + HINT;
    }

    /** The java.lang types a rule may name without importing them. */
    static List<String> javaLangBasics() {
        return TYPES.stream().filter(t -> t.startsWith("java.lang.")).map(t -> t.substring("java.lang.".length()))
                .sorted().toList();
    }

    private static String packageOf(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? "" : qualifiedName.substring(0, dot);
    }

    private static String denied(String type) {
        String why = type.startsWith("java.io") || type.startsWith("java.nio") ? " (file I/O)"
                : type.startsWith("java.net") ? " (networking)"
                : type.startsWith("java.lang.reflect") || type.startsWith("java.lang.invoke")
                        || type.equals("java.lang.Class") || type.equals("java.lang.ClassLoader") ? " (reflection)"
                : type.startsWith("java.lang.") ? " (process or runtime control)" : "";
        return "'" + type + "' is not allowed in rules" + why + HINT;
    }

    private static final String HINT = "; rules may use the fact model, java.lang basics, java.util collections, "
            + "java.time and java.math (see rules/README.md, 'What rule code may use')";
}
