package org.briefingengine.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The rules of a folder kept compiled in a long-lived process ({@code watch}): an edit to rule files it already holds
 * recompiles only those files; a file added or removed, or the first change, compiles the folder anew.
 */
public final class LiveRules implements AutoCloseable {

    private final Path rulesDir;
    private RuleBuild build;

    public LiveRules(Path rulesDir) {
        this.rulesDir = rulesDir;
    }

    /**
     * The rules as they are on disk now, given which rule files changed (empty: anything may have).
     *
     * @throws RuleCompilationException when they do not compile; the last good rules stay in the build
     */
    public RuleBase refresh(Set<Path> changed) throws RuleCompilationException {
        boolean edits = build != null && !changed.isEmpty() && changed.stream().allMatch(Files::isRegularFile)
                && build.holdsAll(changed);
        if (edits) {
            build.update(changed);
        } else {
            RuleBuild fresh = RuleBuild.of(rulesDir, RuleBase.ruleFiles(rulesDir));
            close();
            build = fresh;
        }
        return RuleBase.of(build, rulesDir);
    }

    @Override
    public void close() {
        if (build != null) {
            build.close();
            build = null;
        }
    }
}
