package org.briefingengine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingengine.extract.TinyRegisters.registers;

import org.briefingengine.model.Lang;
import org.junit.jupiter.api.Test;

/** Cue sentences written for these tests in English and French: roles, modes, ranges, editions, counts. */
class FrenchAndEnglishCuesTest {

    private final TinyRegisters registers = registers()
            .actor("FRA", "France").actor("DEU", "Germany", "Allemagne").actor("CHL", "Chile", "Chili", "Republic of Chile")
            .forum("alliance-multilateralism", "Alliance for Multilateralism", "Alliance pour le multilatéralisme")
            .forum("paris-peace-forum", "Paris Peace Forum", "Forum de Paris sur la Paix")
            .topic("climate", "climate change", "changement climatique")
            .topic("human-rights", "human rights", "droits de l'homme");

    @Test
    void english_coChairedBy_place_day_count_level_topics_edition() {
        DraftMeeting m = registers.meeting("The fourth meeting of the Alliance for Multilateralism was co-chaired by"
                + " France and Germany in Geneva on 4 March 2022. Ministers from 45 states took part and discussed"
                + " climate change and human rights.", Lang.EN);

        assertThat(m.value("forum")).contains("alliance-multilateralism");
        assertThat(m.value("start")).contains("2022-03-04");
        assertThat(m.value("place")).contains("Geneva, Switzerland");
        assertThat(m.value("mode")).contains("in-person");
        assertThat(m.values("coChairs")).containsExactly("FRA", "DEU");
        assertThat(m.value("participantCount")).contains("45");
        assertThat(m.value("level")).contains("ministerial");
        assertThat(m.values("topics")).containsExactly("climate", "human-rights");
        assertThat(m.value("edition")).contains("4");
    }

    @Test
    void english_hybridRangeAndOrdinalEdition() {
        DraftMeeting m = registers.meeting("The 4th edition of the Paris Peace Forum was held on November 11-13, 2021"
                + " in Paris and online.", Lang.EN);

        assertThat(m.value("start")).contains("2021-11-11");
        assertThat(m.value("end")).contains("2021-11-13");
        assertThat(m.value("mode")).contains("hybrid");
        assertThat(m.value("edition")).contains("4");
    }

    @Test
    void english_virtualMeeting_andHostsWhoAreNotCoChairs() {
        DraftMeeting m = registers.meeting("On 24 February 2021 a ministerial meeting hosted by Chile was held by video"
                + " conference; 48 responses were received.", Lang.EN);

        assertThat(m.value("mode")).contains("virtual");
        assertThat(m.values("hosts")).containsExactly("CHL");
        assertThat(m.values("coChairs")).isEmpty();
        assertThat(m.value("participantCount")).contains("48");
    }

    @Test
    void english_jointSubjectsOfHeld_areCoChairs_andAVirtualWorkshopOnTheSidelines_isVirtual() {
        Extraction e = registers.extract("France and the Republic of Chile held a ministerial meeting on 21 May 2024"
                + " in Geneva. On the sidelines of the General Assembly in New York, Germany hosted a virtual workshop"
                + " on 3 October 2024.", Lang.EN, null);

        assertThat(e.meetings()).hasSize(2);
        assertThat(e.meetings().get(0).values("coChairs")).containsExactly("FRA", "CHL");
        assertThat(e.meetings().get(1).values("hosts")).containsExactly("DEU");
        assertThat(e.meetings().get(1).value("mode")).contains("virtual");
    }

    @Test
    void english_aLanguageName_isNotTheCountry_andSinceIsNotADate() {
        Extraction e = registers.extract("The Forum has met every year since 2018. Its report was published in French.",
                Lang.EN, null);

        assertThat(e.meetings()).isEmpty();
    }

    @Test
    void french_copresideePar_visioconference_elision() {
        DraftMeeting m = registers.meeting("La réunion de l'Alliance pour le multilatéralisme, coprésidée par la France"
                + " et l'Allemagne, s'est tenue en visioconférence le 24 février 2021.", Lang.FR);

        assertThat(m.value("forum")).contains("alliance-multilateralism");
        assertThat(m.values("coChairs")).containsExactly("FRA", "DEU");
        assertThat(m.value("mode")).contains("virtual");
        assertThat(m.value("start")).contains("2021-02-24");
    }

    @Test
    void french_rangeDuAu_editionEnLigne() {
        DraftMeeting m = registers.meeting("Du 11 au 13 novembre 2021, la 4e édition du Forum de Paris sur la Paix"
                + " s'est tenue à Paris et en ligne ; les débats ont porté sur le changement climatique.", Lang.FR);

        assertThat(m.value("forum")).contains("paris-peace-forum");
        assertThat(m.value("start")).contains("2021-11-11");
        assertThat(m.value("end")).contains("2021-11-13");
        assertThat(m.value("place")).contains("Paris, France");
        assertThat(m.value("mode")).contains("hybrid");
        assertThat(m.value("edition")).contains("4");
        assertThat(m.values("topics")).containsExactly("climate");
    }

    @Test
    void french_organiseeParTheChile_isAHost_andDepuisIsNotADate() {
        DraftMeeting m = registers.meeting("Organisée par le Chili depuis 2019, la réunion ministérielle s'est tenue"
                + " en mars 2022 à Genève.", Lang.FR);

        assertThat(m.value("start")).contains("2022-03");
        assertThat(m.values("hosts")).containsExactly("CHL");
        assertThat(m.value("level")).contains("ministerial");
        assertThat(m.value("place")).contains("Geneva, Switzerland");
    }

    @Test
    void initials_doNotEndASentence() {
        Article article = Article.of("a.txt", "The U.S. delegation and J. Smith attended. Then it ended.");

        assertThat(article.sentences()).hasSize(2);
    }

    @Test
    void languageIsGuessed_whenNotGiven() {
        Extraction e = registers.extract("La réunion s'est tenue le 24 février 2021 à Genève.", null, null);

        assertThat(e.language()).isEqualTo(Lang.FR);
        assertThat(e.meetings()).hasSize(1);
    }
}
