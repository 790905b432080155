package org.briefingengine.render.excel;

import java.util.List;
import org.briefingengine.model.RuleAudit;

/** Which rules ran, where they live and how often they fired, so a silent rule is easy to spot. */
final class RuleAuditSheet {

    private static final List<String> HEADERS = List.of("Rule", "File", "Line", "Category", "Severity",
            "Description", "Firings", "Findings", "Facts");

    private final List<RuleAudit> audit;

    RuleAuditSheet(List<RuleAudit> audit) {
        this.audit = audit;
    }

    void write(SheetWriter sheet) {
        sheet.cap(0, 40);
        sheet.cap(1, 40);
        sheet.cap(5, 60);
        sheet.header(HEADERS);
        for (RuleAudit r : audit) {
            sheet.row().text(r.rule()).text(r.file()).integer(r.line()).text(r.category()).text(r.severity())
                    .wrapped(r.description()).integer(r.firings()).integer(r.findings()).integer(r.facts());
        }
        sheet.freeze(1);
        sheet.table("RuleAudit");
        if (audit.isEmpty()) {
            sheet.note("No rules ran.");
        }
    }
}
