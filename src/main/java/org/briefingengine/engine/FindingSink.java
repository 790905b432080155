package org.briefingengine.engine;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.briefingengine.engine.facts.Share;
import org.briefingengine.engine.facts.TopicBaseline;
import org.briefingengine.engine.facts.TopicTrend;
import org.briefingengine.model.Meeting;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code out} every rule file declares: starts findings, and gives statements their English (names,
 * plurals, lists, periods in words) through {@link Phrasing}.
 */
public final class FindingSink {

    private final String period;
    private final Function<String, String> nameOf;
    private final Function<String, Optional<Meeting>> meetingOf;
    private final SalienceScale scale;

    FindingSink(String period, Function<String, String> nameOf) {
        this(period, nameOf, id -> Optional.empty(), SalienceScale.DEFAULTS);
    }

    FindingSink(String period, Function<String, String> nameOf, Function<String, Optional<Meeting>> meetingOf,
                SalienceScale scale) {
        this.period = period;
        this.nameOf = nameOf;
        this.meetingOf = meetingOf;
        this.scale = scale;
    }

    public FindingBuilder finding(RuleContext context) {
        return new FindingBuilder(context, period, meetingOf, scale);
    }

    /** English name of a forum, actor, person or topic id. */
    public String name(Object id) {
        return nameOf.apply(String.valueOf(id));
    }

    /** English names of ids, sorted by id and joined for a sentence: "A, B and C". */
    public String names(Collection<?> ids) {
        return Phrasing.list(ids.stream().map(String::valueOf).sorted().map(nameOf).toList());
    }

    /** Every id in the given collections of ids, once: the meetings (or forums) of several windows together. */
    public java.util.Set<String> union(Collection<?> collections) {
        java.util.Set<String> all = new java.util.HashSet<>();
        collections.forEach(ids -> ((Collection<?>) ids).forEach(id -> all.add(String.valueOf(id))));
        return all;
    }

    /** "was" or "were", agreeing with the label ("Ceasefires were"). */
    public String was(Object label) {
        return Phrasing.was(String.valueOf(label));
    }

    /** "has" or "have", agreeing with the label. */
    public String has(Object label) {
        return Phrasing.has(String.valueOf(label));
    }

    /** "is" or "are", agreeing with the label. */
    public String is(Object label) {
        return Phrasing.is(String.valueOf(label));
    }

    /** "one meeting", "three forums", "12 meetings". */
    public String count(Number n, String noun) {
        return Phrasing.count(n.longValue(), noun);
    }

    /** "one", "five", "12". */
    public String number(Number n) {
        return Phrasing.number(n.longValue());
    }

    /** "4th". */
    public String ordinal(Number n) {
        return Phrasing.ordinal(n.longValue());
    }

    /** "six of seven meetings", or "32% of the agenda (39 of 120 weighted items)" for weighted data. */
    public String share(Number part, Number whole, Number meetings) {
        return Phrasing.share(part.doubleValue(), whole.doubleValue(), meetings.intValue());
    }

    /** A topic's part of a window ({@code out.share( $trend.now() )}), as above: of its meetings with topics recorded. */
    public String share(Share share) {
        return Phrasing.share(share.part(), share.whole(), share.recorded());
    }

    /**
     * " (counting only meetings with topics recorded)" when any of the windows the shares are of held a meeting with
     * no topic recorded, else nothing: the note a statement ends with, once, so "16 of 50 meetings" is not read as
     * all the meetings held.
     */
    public String recordedOnly(Share... shares) {
        return java.util.Arrays.stream(shares).anyMatch(s -> s.recorded() < s.held())
                ? " (counting only meetings with topics recorded)" : "";
    }

    /**
     * How a trend statement ends after the window it compares with: the usual share when it is known (" and 46 of 309
     * meetings (15%) in 2014–2017"; year on year " … in the same quarter of 2014–2017"), then, once, the note that only
     * meetings with topics recorded were counted where any of those windows held others.
     */
    public String usual(TopicTrend trend, TopicBaseline usual) {
        if (!usual.known()) {
            return recordedOnly(trend.now(), trend.before());
        }
        String when = usual.against() > 1 ? " in the same quarter of " + period(usual.span()) : " " + in(usual.span());
        return " and " + share(usual.usual()) + when + recordedOnly(trend.now(), trend.before(), usual.usual());
    }

    /**
     * True when a pattern {@code part} of {@code whole} topics, actors or pairs show is the norm: more than
     * {@code maxShare} of them, and at least three in all (two are too few to call anything the norm).
     */
    public boolean norm(Number part, Number whole, Number maxShare) {
        return whole.intValue() >= 3 && part.doubleValue() > maxShare.doubleValue() * whole.doubleValue();
    }

    /** "all 35 topics", or "33 of the 35 topics". */
    public String howMany(Number part, Number whole, String noun) {
        return Phrasing.howMany(part.longValue(), whole.longValue(), noun);
    }

    /** "75%". */
    public String percent(Number share) {
        return Phrasing.percent(share.doubleValue());
    }

    /** A period label in words: "the fourth quarter of 2021", "2021", "2017–2023", "the whole record". */
    public String period(Object label) {
        return Phrasing.period(String.valueOf(label));
    }

    /** "in the fourth quarter of 2021", "across the whole record". */
    public String in(Object label) {
        return Phrasing.in(String.valueOf(label));
    }

    /** A date as precise as known: "13 October 2021", "2017". */
    public String date(Object text) {
        return Phrasing.date(String.valueOf(text));
    }

    /** "every year", "every two years". */
    public String cadence(Number years) {
        return Phrasing.cadence(years.longValue());
    }
}
