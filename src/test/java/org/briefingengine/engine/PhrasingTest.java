package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The phrasing helper every statement goes through: plurals, lists, periods and dates in words, agreement. */
class PhrasingTest {

    @Test
    void counts_useWordsUpToTen_andCorrectPlurals() {
        assertThat(Phrasing.count(1, "meeting")).isEqualTo("one meeting");
        assertThat(Phrasing.count(5, "forum")).isEqualTo("five forums");
        assertThat(Phrasing.count(12, "meeting")).isEqualTo("12 meetings");
        assertThat(Phrasing.count(0, "meeting")).isEqualTo("no meetings");
        assertThat(Phrasing.count(6202, "meeting")).isEqualTo("6,202 meetings");
        assertThat(Phrasing.number(870109)).isEqualTo("870,109");
        assertThat(Phrasing.plural("party")).isEqualTo("parties");
        assertThat(Phrasing.plural("process")).isEqualTo("processes");
        assertThat(Phrasing.plural("co-chair")).isEqualTo("co-chairs");
    }

    @Test
    void lists_areJoinedWithAnd() {
        assertThat(Phrasing.list(List.of())).isEmpty();
        assertThat(Phrasing.list(List.of("A"))).isEqualTo("A");
        assertThat(Phrasing.list(List.of("A", "B"))).isEqualTo("A and B");
        assertThat(Phrasing.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    }

    @Test
    void lists_whoseItemsHoldAndOrACommaThemselves_keepTheItemsApart() {
        assertThat(Phrasing.list(List.of("climate", "inclusion and inequality")))
                .isEqualTo("climate, and inclusion and inequality");
        assertThat(Phrasing.list(List.of("civic space", "climate", "inclusion and inequality", "migration")))
                .isEqualTo("civic space; climate; inclusion and inequality; and migration");
        assertThat(Phrasing.list(List.of("women, peace and security", "health", "migration")))
                .isEqualTo("women, peace and security; health; and migration");
        assertThat(Phrasing.list(List.of("women, peace and security", "climate")))
                .isEqualTo("women, peace and security; and climate");
        assertThat(Phrasing.list(List.of("the Alliance for Multilateralism", "the Paris Peace Forum",
                "the UN meetings on conflict prevention and mediation"))).as("each name starts itself with 'the'")
                .isEqualTo("the Alliance for Multilateralism, the Paris Peace Forum and the UN meetings on conflict "
                        + "prevention and mediation");
        assertThat(Phrasing.list(List.of("Sandstorm", "Grand Central"))).as("no 'and' inside: the plain join")
                .isEqualTo("Sandstorm and Grand Central");
    }

    @Test
    void periodsAndDates_areInWords() {
        assertThat(Phrasing.period("2021-Q4")).isEqualTo("the fourth quarter of 2021");
        assertThat(Phrasing.period("2021")).isEqualTo("2021");
        assertThat(Phrasing.period("2017-Q1..2023-Q4")).isEqualTo("2017–2023");
        assertThat(Phrasing.period("2019-Q2..2021-Q3"))
                .isEqualTo("the second quarter of 2019 to the third quarter of 2021");
        assertThat(Phrasing.period("2018-Q1..2018-Q4")).isEqualTo("2018");
        assertThat(Phrasing.in("2017-Q1..2023-Q4")).isEqualTo("in 2017–2023");
        assertThat(Phrasing.in("2019-Q2..2021-Q3"))
                .isEqualTo("from the second quarter of 2019 to the third quarter of 2021");
        assertThat(Phrasing.in("all")).isEqualTo("across the whole record");
        assertThat(Phrasing.howMany(35, 35, "topic")).isEqualTo("all 35 topics");
        assertThat(Phrasing.howMany(3, 10, "pair")).isEqualTo("three of the ten pairs");
        assertThat(Phrasing.in("2021-Q1")).isEqualTo("in the first quarter of 2021");
        assertThat(Phrasing.date("2021-10-13")).isEqualTo("13 October 2021");
        assertThat(Phrasing.date("2019-04")).isEqualTo("April 2019");
        assertThat(Phrasing.date("2017")).isEqualTo("2017");
        assertThat(Phrasing.cadence(2)).isEqualTo("every two years");
        assertThat(Phrasing.ordinal(4)).isEqualTo("fourth");
        assertThat(Phrasing.ordinal(7)).isEqualTo("seventh");
        assertThat(Phrasing.ordinal(10)).isEqualTo("tenth");
        assertThat(Phrasing.ordinal(11)).isEqualTo("11th");
        assertThat(Phrasing.ordinal(22)).isEqualTo("22nd");
        assertThat(Phrasing.ordinal(13)).isEqualTo("13th");
    }

    @Test
    void verbsAgree_withPluralLabels() {
        assertThat(Phrasing.was("Ceasefires")).isEqualTo("were");
        assertThat(Phrasing.was("Human rights")).isEqualTo("were");
        assertThat(Phrasing.was("Weapons of mass destruction")).isEqualTo("were");
        assertThat(Phrasing.was("Civic space")).isEqualTo("was");
        assertThat(Phrasing.was("Inclusion and inequality")).isEqualTo("was");
        assertThat(Phrasing.was("Peace process")).isEqualTo("was");
        assertThat(Phrasing.is("Natural resources")).isEqualTo("are");
    }

    @Test
    void organisationsAndForumsTakeThe_statesMostlyDoNot() {
        assertThat(Phrasing.withArticle("Paris Peace Forum", true)).isEqualTo("the Paris Peace Forum");
        assertThat(Phrasing.withArticle("France", false)).isEqualTo("France");
        assertThat(Phrasing.withArticle("United States of America", false)).isEqualTo("the United States of America");
        assertThat(Phrasing.capitalised("the Alliance grew")).isEqualTo("The Alliance grew");
    }

    @Test
    void shares_areCountsOfMeetings_orPercentagesOfWeight() {
        assertThat(Phrasing.share(6, 7, 7)).isEqualTo("six of seven meetings");
        assertThat(Phrasing.share(0, 54, 54)).isEqualTo("none of the 54 meetings");
        assertThat(Phrasing.share(592, 2650, 2650)).as("from 20 meetings on, with the percentage")
                .isEqualTo("592 of 2,650 meetings (22%)");
        assertThat(Phrasing.share(3, 19, 19)).isEqualTo("three of 19 meetings");
        assertThat(Phrasing.share(2, 900, 900)).isEqualTo("two of 900 meetings (under 1%)");
        assertThat(Phrasing.share(2649, 2650, 2650)).isEqualTo("2,649 of 2,650 meetings (over 99%)");
        assertThat(Phrasing.share(39, 120, 3)).isEqualTo("33% of the agenda (39 of 120 weighted items)");
    }

    @Test
    void ruleLabels_keepCompoundWords() {
        assertThat(Phrasing.ruleLabel("recurring-co-chairs")).isEqualTo("Recurring co-chairs");
        assertThat(Phrasing.ruleLabel("rising-topic-year-on-year")).isEqualTo("Rising topic year-on-year");
    }
}
