package org.briefingengine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names per language: English is required, because every report is written in it. */
class NamesTest {

    @Test
    void namesWithoutEnglish_areRejected() {
        assertThatThrownBy(() -> new Names(Map.of(Lang.AR, "الاتحاد الأوروبي"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an English name is required");
    }

    @Test
    void nullMaps_areRejectedNamingWhichOne() {
        assertThatThrownBy(() -> new Names(null, Map.of())).hasMessage("primary names must not be null");
        assertThatThrownBy(() -> new Names(Map.of(Lang.EN, "EU"), null)).hasMessage("aliases must not be null");
    }

    @Test
    void lookups_answerPerLanguage_andEmptyWhereNothingIsKnown() {
        Names eu = new Names(Map.of(Lang.EN, "European Union", Lang.AR, "الاتحاد الأوروبي"),
                Map.of(Lang.EN, List.of("EEAS"), Lang.FR, List.of("UE")));

        assertThat(eu.en()).isEqualTo("European Union");
        assertThat(eu.in(Lang.AR)).contains("الاتحاد الأوروبي");
        assertThat(eu.in(Lang.FR)).isEmpty();
        assertThat(eu.arOrEmpty()).isEqualTo("الاتحاد الأوروبي");
        assertThat(eu.aliasesIn(Lang.FR)).containsExactly("UE");
        assertThat(eu.aliasesIn(Lang.AR)).isEmpty();
    }

    @Test
    void english_buildsANameWithNoOtherLanguages() {
        Names france = Names.english("France");

        assertThat(france.en()).isEqualTo("France");
        assertThat(france.arOrEmpty()).isEmpty();
    }

    @Test
    void names_areCopied_soLaterChangesToTheCallersMapDoNotLeakIn() {
        Map<Lang, String> primary = new HashMap<>(Map.of(Lang.EN, "France"));
        Names names = new Names(primary, Map.of());

        primary.put(Lang.EN, "changed");

        assertThat(names.en()).isEqualTo("France");
    }
}
