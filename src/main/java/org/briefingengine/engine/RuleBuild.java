package org.briefingengine.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.InternalKieBuilder;

/**
 * One folder's rules compiled into a module, with the builder and container kept, so that an edited rule file can be
 * recompiled alone and the container's base updated in place (about ten times faster than compiling everything
 * again in a warm process). Every file passes the safety check before Drools sees it. Close it to drop the module.
 */
final class RuleBuild implements AutoCloseable {

    private static final String RESOURCES = "src/main/resources/";
    private static final String VIRTUAL_ROOT = RESOURCES + "rules/";

    private final Path rulesDir;
    private final KieServices kie = KieServices.get();
    private final ReleaseId releaseId = kie.newReleaseId("org.briefingengine.rules", "run-" + UUID.randomUUID(), "1.0.0");
    private final KieFileSystem kfs = kie.newKieFileSystem();
    private final Map<String, Path> byVirtualPath = new HashMap<>();
    /** Files whose last edit did not compile: built again with every later change until they do. */
    private final Set<Path> broken = new TreeSet<>();
    private KieBuilder builder;
    private KieContainer container;

    private RuleBuild(Path rulesDir) {
        this.rulesDir = rulesDir;
    }

    /** Checks and compiles every file; nothing is kept when they do not compile. */
    static RuleBuild of(Path rulesDir, List<Path> files) throws RuleCompilationException {
        List<RuleProblem> unsafe = RuleSafetyCheck.check(files);
        if (!unsafe.isEmpty()) {
            throw new RuleCompilationException(unsafe);
        }
        RuleBuild build = new RuleBuild(rulesDir);
        build.kfs.generateAndWritePomXML(build.releaseId);
        files.forEach(build::write);
        build.builder = build.kie.newKieBuilder(build.kfs).buildAll();
        List<Message> errors = build.builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            build.close();
            throw new RuleCompilationException(DrlMessages.toProblems(errors, build.byVirtualPath));
        }
        build.container = build.kie.newKieContainer(build.releaseId);
        return build;
    }

    KieBase kieBase() {
        return container.getKieBase();
    }

    /** True when every file is one this build already holds (an edit, not a file added). */
    boolean holdsAll(Set<Path> files) {
        return byVirtualPath.values().containsAll(files);
    }

    /**
     * Recompiles the edited files (and any still broken) and updates the base in place; when they do not compile, the
     * base keeps the last good rules.
     */
    void update(Set<Path> edited) throws RuleCompilationException {
        Set<Path> again = new TreeSet<>(edited);
        again.addAll(broken);
        List<RuleProblem> unsafe = RuleSafetyCheck.check(List.copyOf(again));
        if (!unsafe.isEmpty()) {
            broken.addAll(again);
            throw new RuleCompilationException(unsafe);
        }
        List<String> paths = new ArrayList<>();
        again.forEach(file -> paths.add(write(file)));
        List<Message> errors = ((InternalKieBuilder) builder).createFileSet(paths.toArray(String[]::new)).build()
                .getAddedMessages().stream().filter(m -> m.getLevel() == Message.Level.ERROR).toList();
        if (!errors.isEmpty()) {
            broken.addAll(again);
            throw new RuleCompilationException(DrlMessages.toProblems(errors, byVirtualPath));
        }
        List<Message> updateErrors = container.updateToVersion(releaseId).getMessages(Message.Level.ERROR);
        if (!updateErrors.isEmpty()) {
            broken.addAll(again);
            throw new RuleCompilationException(DrlMessages.toProblems(updateErrors, byVirtualPath));
        }
        broken.clear();
    }

    private String write(Path file) {
        String virtual = VIRTUAL_ROOT + rulesDir.relativize(file).toString().replace('\\', '/');
        byVirtualPath.put(virtual, file);
        byVirtualPath.put(virtual.substring(RESOURCES.length()), file);
        kfs.write(virtual, kie.getResources().newFileSystemResource(file.toFile()).setSourcePath(virtual));
        return virtual;
    }

    @Override
    public void close() {
        kie.getRepository().removeKieModule(releaseId);
    }
}
