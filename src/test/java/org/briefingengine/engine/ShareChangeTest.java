package org.briefingengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.briefingengine.engine.facts.ShareChange;
import org.junit.jupiter.api.Test;

/** The trend test, written once: shares, their ratio and the two-proportion statistic. */
class ShareChangeTest {

    @Test
    void aShareFourTimesAsLarge_rose() {
        ShareChange change = ShareChange.of(4, 4, 1, 4);

        assertThat(change.shareNow()).isEqualTo(1.0);
        assertThat(change.shareBefore()).isEqualTo(0.25);
        assertThat(change.ratio()).isEqualTo(4.0);
        // pooled 5/8: (1 - 0.25) / sqrt(0.625 * 0.375 * (1/4 + 1/4))
        assertThat(change.z()).isCloseTo(2.19, within(0.01));
        assertThat(change.rose(1.5, 1.64)).isTrue();
        assertThat(change.fell(1.5, 1.64)).isFalse();
        assertThat(change.rose(1.5, 3)).as("too little evidence for a stricter test").isFalse();
    }

    @Test
    void theMirrorImage_fell() {
        ShareChange change = ShareChange.of(1, 4, 4, 4);

        assertThat(change.ratio()).isEqualTo(0.25);
        assertThat(change.fell(1.5, 1.64)).isTrue();
        assertThat(change.rose(1.5, 1.64)).isFalse();
    }

    @Test
    void fromNothing_isInfinite_andNothingOnEitherSide_isNoChange() {
        assertThat(ShareChange.of(3, 10, 0, 10).ratio()).isInfinite();
        ShareChange none = ShareChange.of(0, 10, 0, 10);
        assertThat(none.ratio()).isEqualTo(1.0);
        assertThat(none.z()).isZero();
        assertThat(ShareChange.of(3, 10, 0, 0).z()).as("an empty window is no evidence").isZero();
    }

    @Test
    void chance_isTheOneSidedNormalTail() {
        assertThat(ShareChange.chanceOf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(ShareChange.chanceOf(1.6449)).isCloseTo(0.05, within(1e-5));
        assertThat(ShareChange.chanceOf(-1.6449)).as("either direction").isCloseTo(0.05, within(1e-5));
        assertThat(ShareChange.chanceOf(2.3263)).isCloseTo(0.01, within(1e-5));
        assertThat(ShareChange.chanceOf(3.719)).isCloseTo(0.0001, within(1e-6));
        assertThat(ShareChange.of(4, 4, 1, 4).chance()).isCloseTo(0.0143, within(0.0005));
    }
}
