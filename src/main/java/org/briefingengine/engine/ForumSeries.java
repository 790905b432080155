package org.briefingengine.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefingengine.engine.facts.EditionStep;
import org.briefingengine.engine.facts.LatestEdition;
import org.briefingengine.engine.facts.MeetingFact;
import org.briefingengine.engine.facts.ParticipationStep;

/**
 * The steps of one forum's series, worked out once in date order so rules compare each meeting with the one before
 * it without joining every meeting with every other (quadratic): participation from one counted meeting to the next,
 * edition to edition, and the latest edition up to the end of the period.
 */
final class ForumSeries {

    private ForumSeries() {
    }

    /** {@code series}: the meetings of one forum up to the end of the period, by start date. */
    static List<Object> steps(List<MeetingFact> series) {
        List<Object> out = new ArrayList<>();
        MeetingFact counted = null;
        for (MeetingFact m : series) {
            if (m.participants() > 0) {
                if (counted != null) {
                    out.add(new ParticipationStep(m.forum(), counted.id(), counted.start(), counted.participants(),
                            m.id(), m.start(), m.participants(), m.lag(),
                            (double) m.participants() / counted.participants()));
                }
                counted = m;
            }
        }
        List<MeetingFact> editions = series.stream().filter(m -> m.edition() > 0)
                .sorted(Comparator.comparingInt(MeetingFact::edition)).toList();
        for (int i = 1; i < editions.size(); i++) {
            out.add(step(series, editions.get(i - 1), editions.get(i)));
        }
        if (!editions.isEmpty()) {
            MeetingFact last = editions.get(editions.size() - 1);
            out.add(new LatestEdition(last.forum(), last.id(), last.edition(), year(last), last.lag()));
        }
        return out;
    }

    private static EditionStep step(List<MeetingFact> series, MeetingFact from, MeetingFact to) {
        List<MeetingFact> between = series.stream().filter(m -> m.edition() == 0)
                .filter(m -> m.meeting().start().compareTo(from.meeting().start()) > 0)
                .filter(m -> m.meeting().start().compareTo(to.meeting().start()) < 0).toList();
        return new EditionStep(from.forum(), from.id(), from.edition(), year(from), to.id(), to.edition(), year(to),
                year(to) - year(from), between.stream().map(MeetingFact::id).toList(),
                between.stream().map(MeetingFact::level).filter(l -> !l.isEmpty()).distinct().sorted().toList(),
                to.lag());
    }

    private static int year(MeetingFact m) {
        return Integer.parseInt(m.year());
    }
}
