package org.briefingengine.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TimeZone;
import org.briefingengine.analysis.BriefingReport;

/**
 * Document properties, all derived from the report: the dates are the report's generation time and the file
 * identifier a digest of what the report was made from, so the same report always gives the same file.
 */
final class Metadata {

    static final String LANGUAGE = "en-GB";

    private Metadata() {
    }

    /** Title, subject, keywords, author and creator; call before the document is opened. */
    static void describe(Document document, BriefingReport report) {
        String period = report.period().label();
        document.addTitle(FrontPage.TITLE + " " + Labels.periodTitle(report.period()));
        document.addSubject("Meetings, trends and cross-forum overlaps of multilateral forums in " + period
                + (report.classification().isBlank() ? "" : " (" + report.classification() + ")"));
        document.addKeywords(String.join(", ", keywords(report)));
        document.addAuthor("Briefing Engine");
        document.addCreator("Briefing Engine " + report.version());
    }

    /** Dates and file identifier; call after the document is opened, so nothing overwrites them. */
    static void stamp(PdfWriter writer, BriefingReport report) {
        Calendar generated = generated(report);
        // The document language, for screen readers and search; Arabic names and quotes sit inside English text.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(generated));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(generated));
        byte[] id = fileId(report);
        // OpenPDF takes the trailer /ID from this entry when present instead of hashing the clock.
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static Set<String> keywords(BriefingReport report) {
        Set<String> words = new LinkedHashSet<>();
        words.add("briefing pack");
        words.add(report.period().label());
        if (!report.classification().isBlank()) {
            words.add(report.classification());
        }
        report.forumsThatMet().forEach(f -> words.add(report.facts().nameOf(f)));
        return words;
    }

    static Calendar generated(BriefingReport report) {
        Calendar generated = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        generated.setTimeInMillis(report.generatedAt().toEpochMilli());
        return generated;
    }

    static byte[] fileId(BriefingReport report) {
        String basis = String.join("\n", report.period().label(), report.generatedAt().toString(),
                String.valueOf(report.version()), report.classification(),
                report.inputs() == null ? "" : report.inputs().factsHash(),
                report.inputs() == null ? "" : report.inputs().rulesHash());
        try {
            return MessageDigest.getInstance("MD5").digest(basis.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }
}
