package org.briefingengine.engine.facts;

import java.util.List;

/**
 * Two consecutive numbered meetings (editions) of one forum, the later one at {@code lag}: {@code years} apart, with
 * the forum's unnumbered meetings held {@code between} them and their levels ({@code betweenLevels}).
 */
public record EditionStep(String forum, String fromMeeting, int fromEdition, int fromYear, String toMeeting,
                          int toEdition, int toYear, int years, List<String> between, List<String> betweenLevels,
                          int lag) {

    public EditionStep {
        between = List.copyOf(between);
        betweenLevels = List.copyOf(betweenLevels);
    }
}
