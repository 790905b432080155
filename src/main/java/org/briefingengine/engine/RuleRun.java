package org.briefingengine.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.briefingengine.model.Finding;
import org.briefingengine.model.RuleAudit;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One session over one set of facts. Fires with a limit from the parameters so a looping rule set stops and is
 * reported; a throwing consequence is reported with its rule and file. Always closed with try-with-resources.
 */
public final class RuleRun implements AutoCloseable {

    private final KieSession session;
    private final RuleBase ruleBase;
    private final long maxFirings;
    private final Map<String, Integer> firings = new HashMap<>();
    /** Per rule, the ids of the fact handles its matches touched: a bit set stays small at millions of facts. */
    private final Map<String, BitSet> touched = new HashMap<>();
    /** The rule whose consequence is running, and the last one that finished; read by the watchdog's thread. */
    private volatile String firingNow;
    private volatile String lastFired;
    /** Set when the watchdog gave up on the session's thread: disposing would wait for that thread forever. */
    private volatile boolean abandoned;
    private static final int PROGRESS_EVERY = 10_000;
    private long fired;
    /** Facts inserted so far, and whether firing has begun: read by the watchdog's thread to say where it stopped. */
    private volatile long inserted;
    private volatile boolean firingStarted;
    private java.util.function.LongConsumer progress = firings -> { };

    RuleRun(KieSession session, RuleBase ruleBase, String period, long maxFirings, Function<String, String> nameOf) {
        this(session, ruleBase, maxFirings, new FindingSink(period, nameOf));
    }

    RuleRun(KieSession session, RuleBase ruleBase, long maxFirings, FindingSink sink) {
        this.session = session;
        this.ruleBase = ruleBase;
        this.maxFirings = maxFirings;
        if (session.getKieBase().getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("out")))) {
            session.setGlobal("out", sink);
        }
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                firingNow = event.getMatch().getRule().getName();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                String rule = event.getMatch().getRule().getName();
                firingNow = null;
                lastFired = rule;
                firings.merge(rule, 1, Integer::sum);
                if (++fired % PROGRESS_EVERY == 0) {
                    progress.accept(fired);
                }
                BitSet seen = touched.computeIfAbsent(rule, r -> new BitSet());
                event.getMatch().getFactHandles().forEach(h -> seen.set((int) ((InternalFactHandle) h).getId()));
            }
        });
    }

    public RuleRun insertAll(Collection<?> facts) {
        for (Object fact : facts) {
            session.insert(fact);
            inserted++;
        }
        return this;
    }

    /**
     * Fires all rules.
     *
     * @throws RuleRuntimeException when a consequence throws or the firing limit is reached
     */
    public RuleRun fire() {
        return fire(firings -> { });
    }

    /**
     * Fires all rules as {@link #fire()}, telling {@code progress} the number of firings so far every
     * {@value #PROGRESS_EVERY} firings.
     */
    public RuleRun fire(java.util.function.LongConsumer progress) {
        this.progress = progress;
        firingStarted = true;
        try {
            int fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, maxFirings));
            if (fired >= maxFirings && session.fireAllRules(1) > 0) {
                throw new RuleRuntimeException("rules fired more than " + maxFirings + " times and were stopped; "
                        + "most fired: " + mostFired() + ". A rule probably keeps re-activating itself (modify "
                        + "without a guard); fix it, or raise engine.maxFirings in parameters.json", null);
            }
        } catch (ConsequenceException e) {
            String rule = e.getMatch().getRule().getName();
            RuleInfo info = ruleBase.rule(rule);
            String where = info == null || info.file() == null ? "" : info.file() + ":" + info.line() + ": ";
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleRuntimeException(where + "rule '" + rule + "' failed while firing: "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                    + "; fix its consequence (then-part)", e);
        }
        return this;
    }

    /**
     * The three rules that fired most. Not only the first: a looping rule re-activates the rules that match the fact
     * it keeps updating, and those may fire as often as the looping rule itself.
     */
    private String mostFired() {
        String most = firings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> {
                    RuleInfo info = ruleBase.rule(e.getKey());
                    String where = info == null || info.file() == null ? "" : " (" + info.file() + ":" + info.line() + ")";
                    return "'" + e.getKey() + "'" + where + " " + e.getValue() + " times";
                }).collect(java.util.stream.Collectors.joining(", "));
        return most.isEmpty() ? "none" : most;
    }

    /** Every fact of the given type in the session, derived ones included. */
    public <T> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        session.getObjects(type::isInstance).forEach(o -> found.add(type.cast(o)));
        return found;
    }

    public List<Finding> findings() {
        return all(Finding.class).stream().sorted(Comparator.comparing(Finding::id)).toList();
    }

    /** Which rules fired, how often, on how many distinct facts, and how many findings each left. */
    public List<RuleAudit> audit() {
        Map<String, Long> findingsPerRule = new HashMap<>();
        findings().forEach(f -> findingsPerRule.merge(f.rule(), 1L, Long::sum));
        return ruleBase.rules().values().stream().map(info -> new RuleAudit(info.name(),
                info.file() == null ? "" : info.file().toString(), info.line(), info.category(), info.severity(),
                info.description(), firings.getOrDefault(info.name(), 0),
                findingsPerRule.getOrDefault(info.name(), 0L).intValue(),
                touched.getOrDefault(info.name(), new BitSet()).cardinality())).toList();
    }

    /** The facts inserted into the session: meetings, gathered tallies, parameters and any mentions a rule needs. */
    public long inserted() {
        return inserted;
    }

    public Map<String, Integer> firings() {
        return Map.copyOf(firings);
    }

    /** Asks the session to stop firing (from another thread). */
    void halt() {
        session.halt();
    }

    void abandon() {
        abandoned = true;
    }

    /**
     * "in rule 'x' (file:line)" for the rule running when the watchdog stopped the session: the rule whose
     * consequence was firing, else the rule whose condition code is on the stuck thread's stack, else the last rule
     * that fired.
     */
    String culprit(StackTraceElement[] stack) {
        String rule = firingNow != null ? firingNow : RuleStack.ruleOf(stack, ruleBase.rules().keySet());
        if (rule != null) {
            return "in rule '" + rule + "'" + where(rule, " (", ")");
        }
        if (insertingFacts()) {
            return WHILE_INSERTING + " (" + Phrasing.digits(inserted) + " in)";
        }
        return lastFired == null
                ? BEFORE_ANY_RULE + ", while the conditions were first matched against the " + Phrasing.digits(inserted)
                        + " facts inserted"
                : "while conditions were evaluated; the last rule that fired was '" + lastFired + "'"
                        + where(lastFired, " (", ")");
    }

    /** How {@link #culprit} begins when the session stopped before any rule could be blamed. */
    static final String WHILE_INSERTING = "while the facts were inserted";
    static final String BEFORE_ANY_RULE = "before any rule fired";

    /** True when {@code culprit} blames no rule: what stopped the session was the number of facts. */
    static boolean blamesNoRule(String culprit) {
        return culprit.startsWith(WHILE_INSERTING) || culprit.startsWith(BEFORE_ANY_RULE);
    }

    /** True until firing begins: a budget broken now is the facts' size, not a rule's doing. */
    boolean insertingFacts() {
        return !firingStarted;
    }

    private String where(String rule, String before, String after) {
        RuleInfo info = ruleBase.rule(rule);
        return info == null || info.file() == null ? "" : before + info.file() + ":" + info.line() + after;
    }

    @Override
    public void close() {
        if (!abandoned) {
            session.dispose();
        }
    }
}
