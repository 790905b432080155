package org.briefingengine.engine.facts;

import java.util.Set;

/**
 * Derived: a topic's share of the meetings whose topics are recorded (or of their weight) in the period against the
 * window {@code against} lags back. {@code ratio} is the share now over the share then (infinite when it was 0), {@code z} the two-proportion
 * test statistic (positive when the share rose). {@code sameForumsBefore} counts the earlier window's meetings of the
 * forums raising the topic now, so a rise from nothing is only read where those forums met before; {@code forumsAgain}
 * counts this period's meetings of the forums that raised it then. {@code heldNow} and {@code heldBefore} are the
 * meetings held in each window, {@code recordedNow} and {@code recordedBefore} those with any topic recorded, the base of
 * the shares (equal to the totals when no meeting carries topic weights).
 */
public record TopicTrend(String topic, int against, Set<String> meetingsNow, Set<String> meetingsBefore,
                         Set<String> forumsNow, Set<String> forumsBefore, double weightNow, double totalNow,
                         double weightBefore, double totalBefore, int heldNow, int heldBefore, int recordedNow,
                         int recordedBefore, int sameForumsBefore, int forumsAgain, double shareNow, double shareBefore,
                         double ratio, double z) {

    public TopicTrend {
        meetingsNow = Set.copyOf(meetingsNow);
        meetingsBefore = Set.copyOf(meetingsBefore);
        forumsNow = Set.copyOf(forumsNow);
        forumsBefore = Set.copyOf(forumsBefore);
    }

    /** The share now over the share then, for reports: capped so that a rise from nothing stays a finite number. */
    public double ratioForReport() {
        return Double.isInfinite(ratio) ? 1000 : Math.round(ratio * 100) / 100.0;
    }

    /** The chance of a change this large by coincidence ({@link ShareChange#chanceOf}). */
    public double chance() {
        return ShareChange.chanceOf(z);
    }

    /** The topic's part of the period, for {@code out.share}. */
    public Share now() {
        return new Share(weightNow, totalNow, recordedNow, heldNow);
    }

    /** The topic's part of the window compared with, for {@code out.share}. */
    public Share before() {
        return new Share(weightBefore, totalBefore, recordedBefore, heldBefore);
    }

    /** Works out shares, ratio and test statistic ({@link ShareChange}) from the counts a derive rule accumulated. */
    public static TopicTrend of(String topic, int against, Set<?> meetingsNow, Set<?> meetingsBefore,
                                Set<?> forumsNow, Set<?> forumsBefore, Number weightNow, Number totalNow,
                                Number weightBefore, Number totalBefore, Number heldNow, Number heldBefore,
                                Number recordedNow, Number recordedBefore, Number sameForumsBefore,
                                Number forumsAgain) {
        ShareChange change = ShareChange.of(weightNow.doubleValue(), totalNow.doubleValue(),
                weightBefore.doubleValue(), totalBefore.doubleValue());
        return new TopicTrend(topic, against, strings(meetingsNow), strings(meetingsBefore), strings(forumsNow),
                strings(forumsBefore), weightNow.doubleValue(), totalNow.doubleValue(), weightBefore.doubleValue(),
                totalBefore.doubleValue(), heldNow.intValue(), heldBefore.intValue(), recordedNow.intValue(),
                recordedBefore.intValue(), sameForumsBefore.intValue(),
                forumsAgain.intValue(), change.shareNow(), change.shareBefore(), change.ratio(), change.z());
    }

    private static Set<String> strings(Set<?> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
