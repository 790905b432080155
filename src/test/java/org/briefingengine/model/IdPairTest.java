package org.briefingengine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdPairTest {

    @Test
    void everyPairOfTheDistinctIds_onceAndInOrder() {
        assertThat(IdPair.allOf(List.of("c", "a", "b", "a"))).containsExactly(new IdPair("a", "b"),
                new IdPair("a", "c"), new IdPair("b", "c"));
        assertThat(IdPair.allOf(List.of("a", "a"))).as("no actor pairs with itself").isEmpty();
    }
}
