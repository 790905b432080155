package org.briefingengine.render.excel;

import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.briefingengine.analysis.BriefingReport;

/**
 * The workbook's metadata, taken from the report rather than the clock so the same report gives the same
 * workbook, and carrying the input hashes so a file found on its own still says what it was made from.
 */
final class DocumentProperties {

    static final String CREATOR = "Briefing Engine";

    private DocumentProperties() {
    }

    static void apply(POIXMLProperties properties, BriefingReport report) {
        Date when = Date.from(report.generatedAt());
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setCreator(CREATOR);
        core.setLastModifiedByUser(CREATOR);
        core.setTitle("Briefing " + report.period().label());
        core.setSubjectProperty("Multilateral meetings, trends and cross-forum overlaps, " + report.period().label());
        core.setCategory(nonNull(report.classification()));
        core.setKeywords("briefing; " + report.period().label());
        core.setVersion(nonNull(report.version()));
        properties.getExtendedProperties().setApplication(CREATOR);
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty("period", report.period().label());
        custom.addProperty("classification", nonNull(report.classification()));
        custom.addProperty("version", nonNull(report.version()));
        if (report.inputs() != null) {
            custom.addProperty("factsHash", report.inputs().factsHash());
            custom.addProperty("rulesHash", report.inputs().rulesHash());
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
