package org.briefingengine.render.pdf;

import java.util.List;
import org.briefingengine.model.DatePrecision;
import org.briefingengine.model.Meeting;

/** Method and limits: what the record covers per forum, how coarse dates are treated, how trends and ranks work. */
final class MethodSection {

    static final String KEY = "method";
    static final String TITLE = "Method and limits";

    private final Pack pack;

    MethodSection(Pack pack) {
        this.pack = pack;
    }

    void write() {
        pack.section(KEY);
        Blocks blocks = pack.blocks;
        List<Meeting> all = pack.report.facts().meetings();
        long coarse = all.stream().filter(m -> m.start().precision() != DatePrecision.DAY).count();
        pack.add(blocks.text("What the record covers. The pack knows only the meetings in its fact files, "
                + Words.count(all.size(), "meeting") + " of " + Words.count(pack.report.facts().forums().size(),
                "forum") + " in all; a forum's silence here may be a gap in the record rather than in its work. "
                + "The table in \u201c" + OutlookSection.TITLE + "\u201d gives each forum's first and last recorded "
                + "meeting and the editions its cadence implies but the record lacks."));
        pack.add(blocks.text("Coarse dates. " + Words.count(coarse, "meeting") + " of the record "
                + (coarse == 1 ? "is" : "are") + " dated only to the month, quarter or year. A meeting counts in a "
                + "period only when all the days it could have fallen on lie inside it; one that may or may not fall "
                + "in the period is listed as dated too coarsely and counted nowhere."));
        pack.add(blocks.text("Trends. Each topic is counted per period by the meetings that raised it (a meeting "
                + "tagged with a child topic also counts for its family); its share is of the meetings whose topics "
                + "are recorded. A topic is rising when it was raised at " + parameter("trend.minMeetings")
                + " or more meetings and its share is at least " + parameter("trend.minRatio") + " times its share "
                + "in the equally long period before (or, for a quarter, the same quarter a year before), a "
                + "difference a two-proportion test puts beyond chance (z of at least " + parameter("trend.minZ")
                + ", and higher the more topics are compared: the chance of so large a change by coincidence, times "
                + "the topics compared, is at most " + parameter("trend.maxByChance") + "); where the record holds the "
                + parameter("trend.baselinePeriods") + " periods before that one, the share must beat its usual "
                + "share there too, and a change that only undoes an unusual dip or peak is read as a return to the "
                + "usual share. Falling is the same the other way, and only when the forums that raised it met again. "
                + "A topic raised in " + parameter("overlap.minForums") + " or more forums in the period is a "
                + "cross-forum overlap (info, not news, where nearly every topic is); a forum that meets every two "
                + "years is not read as fading in its off year."));
        pack.add(blocks.text("Salience and ranking. Every finding has a salience from 0 to 100 on one scale: "
                + "novelty weighs " + parameter("salience.novelty") + ", breadth across forums "
                + parameter("salience.breadth") + ", the size of a change " + parameter("salience.change")
                + " and the strength of the sources " + parameter("salience.evidence") + ". A salience of "
                + parameter("severity.high") + " or more is high severity, " + parameter("severity.medium")
                + " medium, " + parameter("severity.low") + " low, less is info. Findings are ranked by severity, then "
                + "salience, then id, so the order never changes between runs. The PDF prints findings of "
                + pack.options().minSeverity().code() + " severity or above, at most "
                + pack.options().maxFindingsPerRule() + " of each kind and " + pack.options().maxEvidence()
                + " evidence keys each; the workbook holds every finding and every meeting."));
    }

    private String parameter(String name) {
        return pack.report.parameters().getOrDefault(name, "(not set)");
    }
}
