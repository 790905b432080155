package org.briefingengine.intake;

import java.util.List;

/**
 * What an import did: per table, rows read, imported and rejected; one line per kind of reject with its rows; what
 * was written; and the value-map keys no entry matched (e.g. country names), so none is dropped silently.
 */
public record ImportSummary(List<String> counts, List<String> rejects, FactFilesWriter.Written written,
                            List<String> unmatched) {

    public ImportSummary {
        counts = List.copyOf(counts);
        rejects = List.copyOf(rejects);
        unmatched = List.copyOf(unmatched);
    }

    static ImportSummary none() {
        return new ImportSummary(List.of(), List.of(), null, List.of());
    }
}
