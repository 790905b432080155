package org.briefingengine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Meeting;
import org.briefingengine.testing.SampleReports;
import org.junit.jupiter.api.Test;

/** The outlook's table reads each forum's meetings up to the end of the period, from one pass over the record. */
class OutlookSectionTest {

    @Test
    void eachForumHoldsItsMeetingsUpToTheEnd_inRecordOrder_andNoLaterOnes() {
        FactSet facts = SampleReports.quarter2021Q4().facts();
        LocalDate end = LocalDate.of(2021, 10, 31);

        Map<String, List<Meeting>> held = OutlookSection.heldByForum(facts.meetings(), end);

        for (var forum : facts.forums()) {
            List<Meeting> expected = facts.meetings().stream()
                    .filter(m -> m.forum().equals(forum.id()) && !m.start().earliest().isAfter(end)).toList();
            assertThat(held.getOrDefault(forum.id(), List.of())).as(forum.id()).isEqualTo(expected);
        }
        assertThat(held.values().stream().flatMap(List::stream))
                .isNotEmpty().allMatch(m -> !m.start().earliest().isAfter(end));
        assertThat(facts.meetings()).anyMatch(m -> m.start().earliest().isAfter(end));
    }
}
