package org.briefingengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code briefing explain --subject … --rule …}: whether a rule fired and, if not, what stopped it, on the seed facts. */
class ExplainCommandTest {

    @Test
    void thresholdMiss_namesTheThreshold_theValueReached_andWhatTheRuleWouldSay() {
        Cli.Result result = Cli.run("explain", "--subject", "human-rights", "--rule", "topic-overlap",
                "--period", "2021-Q4");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("topic-overlap did not fire for human-rights in 2021-Q4: raised in 1 forum "
                + "(EU–OHCHR Strategic Dialogue), threshold overlap.minForums = 2\n"
                + "  with overlap.minForums = 1 it would fire: Human rights were raised in one forum in the fourth "
                + "quarter of 2021: the EU–OHCHR Strategic Dialogue (one meeting), as were all 15 topics raised.\n");
    }

    @Test
    void actorThresholdMiss_saysWhereTheActorWasPresent() {
        Cli.Result result = Cli.run("explain", "--subject", "EU", "--rule", "bridge-actor", "--period", "2021-Q4");

        assertThat(result.out().lines().findFirst()).hasValue("bridge-actor did not fire for EU in 2021-Q4: present "
                + "in 1 forum (EU–OHCHR Strategic Dialogue), threshold bridge.minForums = 2");
    }

    @Test
    void periodsThreshold_isMeasuredInPeriods() {
        Cli.Result result = Cli.run("explain", "--subject", "digital-governance", "--rule", "persistent-topic",
                "--period", "2021-Q4");

        assertThat(result.out().lines().findFirst()).hasValue("persistent-topic did not fire for digital-governance "
                + "in 2021-Q4: raised in 1 period (2021-Q4), threshold persistent.minPeriods = 2");
    }

    @Test
    void subjectAbsentFromThePeriod_saysWhereItDoesAppear() {
        Cli.Result result = Cli.run("explain", "--subject", "digital-governance", "--rule", "topic-overlap",
                "--period", "2021-Q3");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("topic-overlap did not fire for digital-governance in 2021-Q3: no matching "
                + "facts in the period for digital-governance; it appears in earlier periods: 2019 "
                + "(unrm-2019-brussels), 2019-Q3 (am-2019-09-unga-event), 2021-Q1 (am-2021-02-ministerial); dated "
                + "too coarsely to place in 2021-Q3: unrm-2021-online-technical (2021); later: 2021-Q4 "
                + "(euohchr-2021-10-first-dialogue, ppf-2021-4th-edition)\n");
    }

    @Test
    void noThresholdExplainsIt_namesTheRulesConditionAndTheEarlierAppearances() {
        Cli.Result result = Cli.run("explain", "--subject", "digital-governance", "--rule", "emerging-topic",
                "--period", "2021-Q4");

        assertThat(result.out()).isEqualTo("emerging-topic did not fire for digital-governance in 2021-Q4: "
                + "digital-governance is in the period (2 meetings: euohchr-2021-10-first-dialogue, "
                + "ppf-2021-4th-edition) but no single threshold decides it; another condition of the rule is not "
                + "met (A topic raised in the period and at no earlier meeting in the record, by a forum whose "
                + "earlier recorded meetings had not raised it (at least emerging.minEarlierMeetings of them)); it "
                + "appears in "
                + "earlier periods: 2019 (unrm-2019-brussels), 2019-Q3 (am-2019-09-unga-event), 2021-Q1 "
                + "(am-2021-02-ministerial); dated too coarsely to place in 2021-Q4: unrm-2021-online-technical "
                + "(2021)\n");
    }

    @Test
    void misspeltSubject_getsASuggestion() {
        Cli.Result result = Cli.run("explain", "--subject", "digital-governanse", "--rule", "topic-overlap",
                "--period", "2021-Q4");

        assertThat(result.out()).isEqualTo("topic-overlap did not fire for digital-governanse in 2021-Q4: no facts "
                + "mention 'digital-governanse' (did you mean 'digital-governance'?); check the subject (a topic, "
                + "actor, forum or meeting id)\n");
    }

    @Test
    void ruleThatFired_isExplainedLikeAFindingId() {
        Cli.Result result = Cli.run("explain", "--subject", "digital-governance", "--rule", "topic-overlap",
                "--period", "2021-Q4");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("topic-overlap fired for digital-governance in 2021-Q4: 1 finding(s)\n"
                + "Finding topic-overlap-").contains("Rule: topic-overlap at rules/overlaps/topics.drl:")
                .contains("  overlap.minForums = 2\n");
    }

    @Test
    void unknownRule_isAUsageErrorWithASuggestion() {
        Cli.Result result = Cli.run("explain", "--subject", "health", "--rule", "topic-overlp", "--period", "2021-Q4");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("briefing: --rule: unknown rule 'topic-overlp' (did you mean "
                + "'topic-overlap'?); the rules are listed in the workbook's rule audit and in the rules folder\n");
    }

    @Test
    void deriveRule_isAUsageError_becauseItMakesNoFindings() {
        Cli.Result result = Cli.run("explain", "--subject", "health", "--rule", "met-year-key", "--period", "2021-Q4");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'met-year-key' derives facts and makes no findings");
    }

    @Test
    void idTogetherWithSubject_orSubjectWithoutRule_isAUsageError() {
        String usage = "briefing: explain takes either a FINDING-ID or both --subject and --rule (see 'briefing "
                + "explain --help')\n";

        assertThat(Cli.run("explain", "topic-overlap-1", "--subject", "health", "--rule", "topic-overlap").err())
                .isEqualTo(usage);
        assertThat(Cli.run("explain", "--subject", "health").err()).isEqualTo(usage);
        assertThat(Cli.run("explain").exitCode()).isEqualTo(2);
    }
}
