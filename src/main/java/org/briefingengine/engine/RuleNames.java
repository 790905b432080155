package org.briefingengine.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names one rule file can see (its imports and declared types), and the judgement of a dotted name written in
 * it against {@link RuleAllowList}: {@code java.io.File}, {@code System.exit}, {@code Severity.HIGH}, {@code $m.id}.
 */
final class RuleNames {

    private final Map<String, String> imported = new HashMap<>();
    private final Set<String> wildcardPackages = new HashSet<>();
    private final Set<String> declared = new HashSet<>();

    void importName(String target) {
        if (target.endsWith(".*")) {
            wildcardPackages.add(target.substring(0, target.length() - 2));
        } else {
            imported.put(target.substring(target.lastIndexOf('.') + 1), target);
        }
    }

    void declare(String typeName) {
        declared.add(typeName);
    }

    /**
     * Why the dotted name may not be used, or empty. A name starting with a package ({@code java.io.File}) is judged
     * by its type; one starting with an upper-case name by that type as the file resolves it; a variable
     * ({@code $m.id}, {@code out}) is fine. {@code wildcard} marks {@code a.b.*} in an import.
     */
    Optional<String> check(List<String> segments, boolean wildcard) {
        String head = segments.get(0);
        if (RuleAllowList.PACKAGE_ROOTS.contains(head) && segments.size() > 1) {
            int type = firstUpperCase(segments);
            if (type < 0) {
                return wildcard ? RuleAllowList.checkPackage(String.join(".", segments)) : Optional.empty();
            }
            return RuleAllowList.checkType(String.join(".", segments.subList(0, type + 1)));
        }
        if (!Character.isUpperCase(head.charAt(0))) {
            return Optional.empty();
        }
        return checkSimpleType(head);
    }

    /** A type written without its package, resolved as Drools does: declared, imported, java.lang, wildcards. */
    private Optional<String> checkSimpleType(String name) {
        if (declared.contains(name) || imported.containsKey(name)) {
            // an imported type is judged once, at its import
            return Optional.empty();
        }
        if (RuleAllowList.javaLangBasics().contains(name)) {
            return Optional.empty();
        }
        for (String pkg : wildcardPackages) {
            if (RuleAllowList.PACKAGES.contains(pkg) && exists(pkg + "." + name)) {
                return Optional.empty();
            }
        }
        if (exists("java.lang." + name)) {
            return RuleAllowList.checkType("java.lang." + name);
        }
        // Not a type Drools could resolve either: its compiler reports it.
        return Optional.empty();
    }

    private static int firstUpperCase(List<String> segments) {
        for (int i = 0; i < segments.size(); i++) {
            if (Character.isUpperCase(segments.get(i).charAt(0))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, RuleNames.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
