package org.briefingengine.cli;

import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * With {@code BRIEFING_HOME} set, the default {@code --facts}, {@code --rules} and {@code --out} folders are looked
 * up under it rather than in the current folder, so cron can run the jar from anywhere.
 */
record HomeDefaults(String home) implements IDefaultValueProvider {

    private static final Set<String> FOLDERS = Set.of("--facts", "--rules", "--out");

    @Override
    public String defaultValue(ArgSpec arg) {
        if (home == null || home.isBlank() || !(arg instanceof OptionSpec option)
                || !FOLDERS.contains(option.longestName()) || option.defaultValue() == null) {
            return null;
        }
        return Path.of(home).resolve(option.defaultValue()).toString();
    }
}
