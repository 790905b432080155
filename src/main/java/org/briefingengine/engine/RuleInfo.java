package org.briefingengine.engine;

import java.nio.file.Path;

/** Where a rule is written and what its metadata says. */
public record RuleInfo(String name, Path file, int line, String category, String severity, String description) {
}
