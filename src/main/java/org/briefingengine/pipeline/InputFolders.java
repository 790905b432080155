package org.briefingengine.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that the facts and rules folders exist before anything is read, and says where they were looked for and how
 * to point at the right ones: run from another folder, the defaults ({@code fixtures}, {@code rules}) are relative
 * to the current folder unless {@code BRIEFING_HOME} names the folder that holds them.
 */
public final class InputFolders {

    /** The environment variable naming the folder that holds {@code fixtures/}, {@code rules/} and {@code reports/}. */
    public static final String HOME_VARIABLE = "BRIEFING_HOME";

    private InputFolders() {
    }

    /** @throws BriefingException exit 4 for a missing rules folder, exit 3 for a missing facts folder */
    static void check(Path factsDir, Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            throw new BriefingException(ExitCode.RULES, missing("rules", rulesDir, "--rules"));
        }
        if (factsDir != null && Files.isRegularFile(factsDir) && isWorkbook(factsDir)) {
            throw new BriefingException(ExitCode.INVALID_FACTS, notImported(factsDir));
        }
        if (factsDir != null && !Files.isDirectory(factsDir)) {
            throw new BriefingException(ExitCode.INVALID_FACTS, missing("facts", factsDir, "--facts"));
        }
    }

    private static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /** An intake workbook is imported into JSON, by design (README, 'Bringing your own data'), never read here. */
    private static String notImported(Path workbook) {
        String name = workbook.getFileName().toString();
        return workbook.toAbsolutePath().normalize() + ": an intake workbook is not read by --facts: run 'briefing"
                + " import " + name + " --out DIR' (it writes DIR/" + name.replaceAll("(?i)\\.xlsx$", ".json")
                + "), then give --facts DIR";
    }

    private static String missing(String what, Path dir, String option) {
        Path absolute = dir.toAbsolutePath().normalize();
        String lookedIn = dir.isAbsolute() ? "" : " (looked in " + Path.of("").toAbsolutePath() + ")";
        return absolute + ": " + what + " folder not found" + lookedIn + "; pass " + option + " DIR, or set "
                + HOME_VARIABLE + " to the folder that holds fixtures/ and rules/ (see README, 'Running from another "
                + "folder')";
    }
}
