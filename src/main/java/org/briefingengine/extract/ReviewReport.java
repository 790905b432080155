package org.briefingengine.extract;

import java.util.List;

/** {@code review.md}: per article and meeting, every draft value with its confidence and quote, then open questions. */
final class ReviewReport {

    String markdown(List<Extraction> extractions) {
        StringBuilder md = new StringBuilder("# Draft facts to review\n\n")
                .append("Every value below was proposed by `briefing extract`. Check each against its quote, fix or")
                .append(" delete it in `meetings/`, then move the meeting into the facts folder.\n");
        for (Extraction e : extractions) {
            md.append("\n## ").append(e.article().document()).append(" (").append(e.language().code()).append(", ")
                    .append(plural(e.meetings().size(), "meeting")).append(")\n");
            for (DraftMeeting m : e.meetings()) {
                md.append("\n### ").append(m.id()).append(": ").append(m.title()).append("\n\n")
                        .append("| Field | Value | Confidence | Where | Quote |\n|---|---|---|---|---|\n");
                for (DraftField f : m.fields()) {
                    md.append("| ").append(f.field()).append(" | ").append(f.value()).append(" | ")
                            .append(f.confidence().label()).append(" | ").append(f.evidence().pointer()).append(" | ")
                            .append(cell(f.evidence().quote())).append(" |\n");
                }
                if (!m.review().isEmpty()) {
                    md.append("\nTo decide:\n");
                    m.review().forEach(r -> md.append("- ").append(r).append('\n'));
                }
            }
            if (!e.review().isEmpty() || !e.proposals().isEmpty()) {
                md.append("\nFor the whole article:\n");
                e.review().forEach(r -> md.append("- ").append(r).append('\n'));
                e.proposals().forEach(p -> md.append("- proposed ").append(p.section(), 0, p.section().length() - 1)
                        .append(" `").append(p.id()).append("`: «").append(p.text()).append("» (")
                        .append(p.evidence().pointer()).append(")\n"));
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
