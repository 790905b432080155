package org.briefingengine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingengine.extract.TinyRegisters.registers;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Arabic traps named in issue 16, each with a sentence that must match and one that must not. */
class ArabicPitfallsTest {

    @Nested
    class LongestMatchFirst {

        @Test
        void europeanCommission_isNotOhchrsAliasAlmufawwadiya() {
            var registers = registers().actor("OHCHR", "OHCHR", "المفوضية").actor("EC", "European Commission",
                    "المفوضية الأوروبية");

            DraftMeeting m = registers.meeting("عقدت المفوضية الأوروبية اجتماعا في بروكسل في 3 آذار/مارس 2022.");

            assertThat(m.values("participants")).containsExactly("EC");
        }

        @Test
        void withoutTheCommissionInTheRegisters_theLongerNameIsProposed_notReadAsOhchr() {
            var registers = registers().actor("OHCHR", "OHCHR", "المفوضية");

            Extraction e = registers.extract("عقدت المفوضية الأوروبية اجتماعا في بروكسل في 3 آذار/مارس 2022.");

            assertThat(e.meetings().get(0).values("participants")).doesNotContain("OHCHR");
            assertThat(e.proposals()).filteredOn(p -> p.section().equals("actors")).extracting(Extraction.Proposal::text)
                    .containsExactly("المفوضية الأوروبية");
        }

        @Test
        void anUnknownAcronymInBrackets_isProposed_aKnownOneIsNot() {
            var registers = registers().actor("IGAD", "IGAD", "الهيئة الحكومية الدولية المعنية بالتنمية");

            Extraction e = registers.extract("عقد الاجتماع في عام 2017 برعاية الهيئة الحكومية الدولية المعنية بالتنمية"
                    + " (IGAD) وبمشاركة معهد السلام والمصالحة (AIPR).");

            assertThat(e.proposals()).filteredOn(p -> p.section().equals("actors")).extracting(Extraction.Proposal::text)
                    .containsExactly("AIPR");
            assertThat(e.meetings().get(0).values("hosts")).containsExactly("IGAD");
        }

        @Test
        void theAliasAloneStillNamesOhchr() {
            var registers = registers().actor("OHCHR", "OHCHR", "المفوضية");

            DraftMeeting m = registers.meeting("عقدت المفوضية اجتماعا في جنيف في 3 آذار/مارس 2022.");

            assertThat(m.values("participants")).containsExactly("OHCHR");
        }
    }

    @Nested
    class Clitics {

        private final TinyRegisters registers = registers().actor("FRA", "France", "فرنسا", "الفرنسية")
                .actor("MEX", "Mexico", "المكسيك");

        @Test
        void biAlFaransiyya_inFrench_doesNotNameFrance() {
            DraftMeeting m = registers.meeting("عقد الاجتماع في 5 أيار/مايو 2022 وشاركت المكسيك، ونشر البيان بالفرنسية.");

            assertThat(m.values("participants")).containsExactly("MEX");
        }

        @Test
        void conjunctionAndArticleForms_doNameFrance() {
            DraftMeeting m = registers.meeting("شاركت المكسيك وفرنسا في الاجتماع الذي عقد في 5 أيار/مايو 2022 بمبادرة الحكومة الفرنسية.");

            assertThat(m.values("participants")).containsExactlyInAnyOrder("MEX", "FRA");
        }

        @Test
        void namesMatchWholeWordsOnly_maliIsNotInAlmaliya() {
            var mali = registers().actor("MLI", "Mali", "مالي");

            assertThat(mali.meeting("شاركت مالي في الاجتماع الذي عقد في عام 2022.").values("participants"))
                    .containsExactly("MLI");
            assertThat(mali.meeting("ناقش الاجتماع الذي عقد في عام 2022 الشؤون المالية.").values("participants"))
                    .isEmpty();
        }
    }

    @Nested
    class AmbiguousReligionOrDebt {

        private final TinyRegisters registers = registers().topic("religion", "الدين والوساطة", "الدين")
                .topic("mediation", "الوساطة");

        @Test
        void aldayn_aboutDebt_isNotReligion_andIsLeftForReview() {
            Extraction e = registers.extract("ناقش الاجتماع الذي عقد في عام 2022 خدمة الدين العام.");

            assertThat(e.meetings().get(0).values("topics")).doesNotContain("religion");
            assertThat(e.meetings().get(0).review()).anyMatch(r -> r.contains("«الدين» not tagged 'religion'"));
        }

        @Test
        void religionAndMediation_isReligion() {
            DraftMeeting m = registers.meeting("ناقش الاجتماع الذي عقد في عام 2022 الدين والوساطة.");

            assertThat(m.values("topics")).containsExactly("religion");
        }

        @Test
        void aldayn_besideAReligionWord_isReligion() {
            DraftMeeting m = registers.meeting("ناقش الاجتماع الذي عقد في عام 2022 دور الدين والزعماء الدينيين في المجتمع.");

            assertThat(m.values("topics")).containsExactly("religion");
        }
    }

    @Nested
    class Normalisation {

        private final TinyRegisters registers = registers().actor("EU", "European Union", "الاتحاد الأوروبي")
                .actor("OIC", "OIC", "منظمة التعاون الإسلامي").actor("AU", "African Union", "الاتحاد الأفريقي");

        @Test
        void hamzaAlefAlefMaqsuraTatweelAndDiacritics_allNameTheSameActor() {
            for (String form : new String[] {"الإتحاد الأوروبى", "الاتحـــاد الأوروبي", "الاتِّحَادُ الأُورُوبِّيُّ"}) {
                DraftMeeting m = registers.meeting("شارك " + form + " في الاجتماع الذي عقد في عام 2022.");
                assertThat(m.values("participants")).as(form).containsExactly("EU");
            }
        }

        @Test
        void taaMarbutaWrittenAsHaa_andAlefWithoutHamza_nameTheSameActor() {
            DraftMeeting m = registers.meeting("شاركت منظمه التعاون الاسلامي في الاجتماع الذي عقد في عام 2022.");

            assertThat(m.values("participants")).containsExactly("OIC");
        }

        @Test
        void normalisationDoesNotMergeDifferentNames_theAfricanUnionIsNotTheEu() {
            DraftMeeting m = registers.meeting("شارك الاتحاد الأفريقي في الاجتماع الذي عقد في عام 2022.");

            assertThat(m.values("participants")).containsExactly("AU");
        }
    }

    @Nested
    class Dates {

        private final TinyRegisters registers = registers();

        @Test
        void easternArabicDigits_areYears() {
            DraftMeeting m = registers.meeting("في عام ٢٠١٧، عُقد الاجتماع الخامس في جيبوتي.");

            assertThat(m.value("start")).contains("2017");
            assertThat(m.value("place")).contains("Djibouti, Djibouti");
            assertThat(m.value("edition")).contains("5");
        }

        @Test
        void bothMonthSeries_alone_orTogether_giveTheSameDay() {
            for (String month : new String[] {"نيسان/أبريل", "أبريل", "نيسان", "ابريل"}) {
                DraftMeeting m = registers.meeting("عقد الاجتماع في 2 " + month + " 2019 في نيويورك.");
                assertThat(m.value("start")).as(month).contains("2019-04-02");
            }
        }

        @Test
        void aMonthWithoutAYear_datesNoMeeting_andIsLeftForReview() {
            Extraction e = registers.extract("عقد الاجتماع في نيسان في نيويورك.");

            assertThat(e.meetings()).isEmpty();
            assertThat(e.review()).anyMatch(r -> r.contains("does not date"));
        }

        @Test
        void monthOnlyAndYearOnlyDates_keepTheirPrecision() {
            assertThat(registers.meeting("عقد الاجتماع في آذار/مارس 2021.").value("start")).contains("2021-03");
            assertThat(registers.meeting("عقد الاجتماع في عام 2019.").value("start")).contains("2019");
        }

        @Test
        void ranges_fromToAndDash_giveStartAndEnd() {
            for (String text : new String[] {"عقد المنتدى من 11 إلى 13 تشرين الثاني/نوفمبر 2021 في باريس.",
                "عقد المنتدى في 11–13 تشرين الثاني/نوفمبر 2021 في باريس."}) {
                DraftMeeting m = registers.meeting(text);
                assertThat(m.value("start")).as(text).contains("2021-11-11");
                assertThat(m.value("end")).as(text).contains("2021-11-13");
            }
        }

        @Test
        void twoDaysJoinedByWa_areARange() {
            DraftMeeting m = registers.meeting("عقد الاجتماع يومي 21 و22 أيار/مايو 2024 في بروكسل.");

            assertThat(m.value("start")).contains("2024-05-21");
            assertThat(m.value("end")).contains("2024-05-22");
        }

        @Test
        void aWeekdayThatDisagreesWithThePublicationDate_isLeftForReview() {
            String text = "عقد الاتحاد الأوروبي، اليوم الأربعاء، في بروكسل أول حوار.";

            assertThat(registers.extract(text, org.briefingengine.model.Lang.AR, "2021-10-13").meetings().get(0)
                    .review()).noneMatch(r -> r.contains("check --published"));
            assertThat(registers.extract(text, org.briefingengine.model.Lang.AR, "2021-10-14").meetings().get(0)
                    .review()).anyMatch(r -> r.contains("«اليوم الأربعاء» is not 2021-10-14 (a Thursday)"));
        }

        @Test
        void aYearAfterSince_isNotAMeetingDate() {
            Extraction e = registers.extract("يعقد المنتدى منذ 2018 في باريس.");

            assertThat(e.meetings()).isEmpty();
        }

        @Test
        void aFourDigitCount_isNotAYear() {
            Extraction e = registers.extract("شارك 3000 شخص في الاجتماع.");

            assertThat(e.meetings()).isEmpty();
        }

        @Test
        void today_needsThePublicationDate() {
            String text = "عقد الاتحاد الأوروبي، اليوم الأربعاء، في بروكسل أول حوار.";

            assertThat(registers.extract(text).meetings()).isEmpty();
            assertThat(registers.extract(text, org.briefingengine.model.Lang.AR, "2021-10-13").meetings().get(0)
                    .value("start")).contains("2021-10-13");
        }
    }

    @Nested
    class CountsAndEditions {

        @Test
        void numberWordsAndDigits_beforeACountNoun_areParticipantCounts() {
            var registers = registers();

            assertThat(registers.meeting("مثلت تسع منظمات إقليمية في الاجتماع الذي عقد في عام 2017.")
                    .value("participantCount")).contains("9");
            assertThat(registers.meeting("ضم المؤتمر الذي عقد في عام 2021 وزراء من 45 دولة.")
                    .value("participantCount")).contains("45");
        }

        @Test
        void anOrdinalBesideTheMeetingNoun_isTheEdition_butNotElsewhere() {
            var registers = registers();

            assertThat(registers.meeting("في عام 2023، عقد الاجتماع السابع للمنظمات الإقليمية.").value("edition"))
                    .contains("7");
            assertThat(registers.meeting("عقد الاجتماع في عام 2023 وناقش البند السابع.").value("edition")).isEmpty();
        }
    }
}
