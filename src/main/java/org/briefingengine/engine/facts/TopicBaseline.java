package org.briefingengine.engine.facts;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Derived: a topic's usual share, over the windows before the one the period is compared with, so a rise after an
 * unusual dip reads as a return, not a trend. Against the period before ({@code against} 1): lags 2 to
 * {@code 1 + trend.baselinePeriods}; against the same quarter a year before ({@code against} 4): the same quarter in
 * the {@code trend.baselinePeriods} years before that (lags 8, 12, …). {@code periods}
 * is how many of those windows held any meeting and {@code span} the label of the time from the farthest of them to the
 * nearest ("2014-Q1..2017-Q4", for {@code out.in}); {@code meetings} the meetings that raised the topic there, {@code weight} their weight,
 * {@code held} the meetings held, {@code recorded} those with any topic recorded and {@code total} their weight.
 */
public record TopicBaseline(String topic, int against, int periods, String span, Set<String> meetings, double weight,
                            int held, int recorded, double total) {

    public TopicBaseline {
        meetings = Set.copyOf(meetings);
    }

    /** Gathers the windows' meetings (one set per window) from what a derive rule accumulated. */
    public static TopicBaseline of(String topic, Number against, Number periods, String span,
                                   Collection<? extends Collection<?>> meetingSets, Number weight, Number held,
                                   Number recorded, Number total) {
        Set<String> meetings = new HashSet<>();
        meetingSets.forEach(set -> set.forEach(id -> meetings.add(String.valueOf(id))));
        return new TopicBaseline(topic, against.intValue(), periods.intValue(), span, meetings, weight.doubleValue(),
                held.intValue(), recorded.intValue(), total.doubleValue());
    }

    /** True when two windows or more held meetings: one period is no "usual", and rules then leave this share out. */
    public boolean known() {
        return periods >= 2;
    }

    /** The meetings a statement that gives this usual share cites: those behind it when it is known, else none. */
    public Set<String> cited() {
        return known() ? meetings : Set.of();
    }

    /** The topic's part of those windows, for {@code out.share}. */
    public Share usual() {
        return new Share(weight, total, recorded, held);
    }

    /** The usual share: the topic's weight over the total weight of the meetings held (0 when none were). */
    public double share() {
        return total > 0 ? weight / total : 0;
    }

    /** The change from this usual share to a window's ({@code change( $trend.now() )}). */
    public ShareChange change(Share share) {
        return ShareChange.of(share.part(), share.whole(), weight, total);
    }
}
