package org.briefingengine.engine.facts;

import java.util.HashSet;
import java.util.Set;

/** Derived: two topics (in id order) raised together in the report period, the meetings that raised both and their forums. */
public record TopicPair(String first, String second, Set<String> meetings, Set<String> forums) {

    public TopicPair {
        meetings = Set.copyOf(meetings);
        forums = Set.copyOf(forums);
    }

    /** The meetings both windows hold (the period's, as {@code topic-pair} passes them) and the forums of those. */
    public static TopicPair of(TopicWindow first, TopicWindow second) {
        Set<String> together = new HashSet<>(first.meetings());
        together.retainAll(second.meetings());
        Set<String> forums = new HashSet<>();
        together.forEach(meeting -> forums.add(first.forumOf().get(meeting)));
        return new TopicPair(first.topic(), second.topic(), together, forums);
    }

    /**
     * The chance of two topics coming up together at this many of the period's meetings or more by coincidence:
     * {@code withFirst} and {@code withSecond} meetings raising each, among {@code held} meetings, placed at random
     * (the upper tail of the hypergeometric distribution). Small when they meet far more often than chance would.
     */
    public double chance(int withFirst, int withSecond, int held) {
        return atLeastTogether(meetings.size(), withFirst, withSecond, held);
    }

    static double atLeastTogether(int together, int withFirst, int withSecond, int held) {
        int most = Math.min(withFirst, withSecond);
        int least = Math.max(0, withFirst + withSecond - held);
        if (together <= least) {
            return 1;
        }
        if (together > most) {
            return 0;
        }
        // P(X = together), then each next term by the ratio of consecutive hypergeometric probabilities
        double term = Math.exp(logChoose(withSecond, together) + logChoose(held - withSecond, withFirst - together)
                - logChoose(held, withFirst));
        double sum = 0;
        for (int x = together; x <= most && term > 0; x++) {
            sum += term;
            term *= (double) (withSecond - x) * (withFirst - x) / ((x + 1.0) * (held - withSecond - withFirst + x + 1.0));
        }
        return Math.min(1, sum);
    }

    private static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    /** ln(n!): exact sums up to 256, Stirling's series beyond (error below 1e-10 there). */
    private static double logFactorial(int n) {
        if (n < 256) {
            double sum = 0;
            for (int i = 2; i <= n; i++) {
                sum += Math.log(i);
            }
            return sum;
        }
        double x = n;
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
