package org.briefingengine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": close typos get the likely id, anything else gets no guess. */
class SuggestionsTest {

    private static final List<String> TOPICS = List.of("climate", "climate-security", "digital-governance", "health");

    @Test
    void swappedLetters_countAsOneEdit() {
        assertThat(Suggestions.distance("govrenance", "governance")).isEqualTo(1);
        assertThat(Suggestions.didYouMean("digital-govrenance", TOPICS))
                .isEqualTo(" (did you mean 'digital-governance'?)");
    }

    @Test
    void theClosestIdWins() {
        assertThat(Suggestions.closest("climat", TOPICS)).contains("climate");
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(Suggestions.closest("Health", TOPICS)).contains("health");
    }

    @Test
    void nothingClose_givesNoSuggestion() {
        assertThat(Suggestions.didYouMean("space-mining", TOPICS)).isEmpty();
        assertThat(Suggestions.closest("XKX", List.of("FRA", "DEU"))).isEmpty();
    }
}
