package org.briefingengine.render.excel;

import java.util.List;
import java.util.Locale;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Source;
import org.briefingengine.model.SourceRegister;

/** Every source behind every meeting listed, so each claim can be traced to a document, URL and quote. */
final class SourcesSheet {

    private static final List<String> HEADERS = List.of("Meeting id", "Forum id", "Dating", "Document or URL",
            "Language", "Pointer", "Quote", "Citation", "English");

    private final BriefingReport report;

    SourcesSheet(BriefingReport report) {
        this.report = report;
    }

    void write(SheetWriter sheet) {
        sheet.cap(2, 20);
        sheet.cap(3, 50);
        sheet.cap(6, 70);
        sheet.cap(7, 60);
        sheet.cap(8, 70);
        sheet.header(HEADERS);
        SourceRegister register = report.facts().register();
        report.meetings().forEach(m -> rows(sheet, m, false, register));
        report.imprecise().forEach(m -> rows(sheet, m, true, register));
        sheet.freeze(1);
        sheet.table("Sources");
        if (report.meetings().isEmpty()) {
            sheet.note(SummarySheet.NO_MEETINGS);
        }
        if (sheet.unlinkedCount() > 0) {
            sheet.note(String.format(Locale.ROOT, "The first %,d web addresses are links; %,d more are plain text, "
                    + "to keep the workbook small enough to open.", SheetWriter.MAX_LINKS, sheet.unlinkedCount()));
        }
    }

    private static void rows(SheetWriter sheet, Meeting m, boolean coarse, SourceRegister register) {
        Styles styles = sheet.book.styles;
        for (Source s : m.sources()) {
            sheet.row().text(m.id()).text(m.forum())
                    .text(coarse ? MeetingsSheet.TOO_COARSE : MeetingsSheet.IN_PERIOD,
                            coarse ? styles.marker : styles.text)
                    .link(s.citation(), s.url()).text(s.language().code()).text(s.pointer())
                    .text(s.quote(), rightToLeft(s) ? styles.rightToLeftWrapped : styles.wrapped)
                    .wrapped(register.citation(s)).wrapped(register.gloss(s));
        }
    }

    /**
     * Right to left when the quote's first strong character is (as the Unicode bidi algorithm decides a
     * paragraph's direction); a quote without letters follows the source's language.
     */
    static boolean rightToLeft(Source s) {
        return s.quote().codePoints().map(Character::getDirectionality)
                .filter(d -> d == Character.DIRECTIONALITY_LEFT_TO_RIGHT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)
                .mapToObj(d -> d != Character.DIRECTIONALITY_LEFT_TO_RIGHT)
                .findFirst().orElse(s.language() == Lang.AR);
    }
}
