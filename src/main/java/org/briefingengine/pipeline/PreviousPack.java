package org.briefingengine.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.FindingChanges;
import org.briefingengine.model.Period;
import org.briefingengine.render.json.FindingsJsonReader;

/**
 * The pack made for the period before this one in the same output folder, when there is one: its findings, compared
 * with this run's, open the new pack as "Since the last pack".
 */
final class PreviousPack {

    private PreviousPack() {
    }

    /** {@code <out>/<previous>/findings-<previous>.json} for a quarter, year or range; none for the whole record. */
    static Optional<Path> findingsFile(Path outDir, Period period) {
        if (period.kind() == Period.Kind.ALL) {
            return Optional.empty();
        }
        String previous = previousLabel(period);
        Path file = outDir.resolve(previous).resolve("findings-" + previous + ".json");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The report with what changed since the previous pack; unchanged (with a warning) when that pack is unreadable. */
    static BriefingReport compare(BriefingReport report, Path outDir, StageListener listener) {
        Optional<Path> file = findingsFile(outDir, report.period());
        if (file.isEmpty()) {
            return report;
        }
        try {
            FindingsJsonReader.FindingsFile previous = FindingsJsonReader.read(file.get());
            return report.withSinceLast(FindingChanges.between(previous.period(), previous.findings(),
                    report.period().label(), report.findings(), false));
        } catch (IOException e) {
            listener.warning(file.get() + ": the previous pack's findings cannot be read (" + e.getMessage()
                    + "); this pack has no \"Since the last pack\" section");
            return report;
        }
    }

    private static String previousLabel(Period period) {
        return switch (period.kind()) {
            case QUARTER -> Period.quarterOf(period.start().minusDays(1)).label();
            case YEAR -> Period.year(period.start().getYear() - 1).label();
            default -> period.previous().label();
        };
    }
}
