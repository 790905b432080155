package org.briefingengine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A topic's label inside a sentence: lower-case unless it starts with a name or an abbreviation. */
class TopicTest {

    private static Topic topic(String label, boolean keepCapital) {
        return new Topic("t", Map.of(Lang.EN, label), Map.of(), null, keepCapital);
    }

    @Test
    void labelInsideASentence_startsInLowerCase() {
        assertThat(topic("Civic space", false).inSentence()).isEqualTo("civic space");
        assertThat(topic("Inclusion and inequality", false).inSentence()).isEqualTo("inclusion and inequality");
        assertThat(topic("International humanitarian law", false).inSentence())
                .isEqualTo("international humanitarian law");
        assertThat(topic("Civic space", false).label()).as("the label itself is unchanged").isEqualTo("Civic space");
    }

    @Test
    void labelStartingWithAnAbbreviationOrAMarkedName_keepsItsCapital() {
        assertThat(List.of("COVID-19 response and recovery", "North–South solidarity", "UN reform"))
                .allSatisfy(label -> assertThat(topic(label, false).inSentence()).isEqualTo(label));
        assertThat(topic("Palestinian question", true).inSentence()).isEqualTo("Palestinian question");
        assertThat(topic("Palestinian question", false).inSentence()).as("unmarked, a name is not recognised")
                .isEqualTo("palestinian question");
    }
}
