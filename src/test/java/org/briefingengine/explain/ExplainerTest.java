package org.briefingengine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How explain prints a finding's measures. */
class ExplainerTest {

    @Test
    void measures_keepThreeDecimals_andSmallChancesKeepTheirSize() {
        assertThat(Explainer.measure(0.41379)).isEqualTo("0.414");
        assertThat(Explainer.measure(7)).isEqualTo("7.0");
        assertThat(Explainer.measure(0)).isEqualTo("0.0");
        assertThat(Explainer.measure(0.0000214)).as("not rounded away to 0.0").isEqualTo("2.1e-05");
        assertThat(Explainer.measure(-0.0004)).isEqualTo("-4.0e-04");
    }
}
