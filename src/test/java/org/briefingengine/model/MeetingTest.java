package org.briefingengine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A meeting needs its ids and date; everything else may be unknown. */
class MeetingTest {

    private static final List<Source> SOURCES = List.of(new Source("SPEC.md", null, Lang.EN, null, null));

    @Test
    void meetingWithoutId_isRejected() {
        assertThatThrownBy(() -> meeting(null, "paris-peace-forum", "2021-11-11"))
                .isInstanceOf(NullPointerException.class).hasMessage("meeting id must not be null");
    }

    @Test
    void meetingWithoutForum_isRejected() {
        assertThatThrownBy(() -> meeting("ppf-2021", null, "2021-11-11"))
                .hasMessage("meeting forum must not be null");
    }

    @Test
    void meetingWithoutStart_isRejected() {
        assertThatThrownBy(() -> meeting("ppf-2021", "paris-peace-forum", null))
                .hasMessage("meeting start must not be null");
    }

    @Test
    void unknownOptionalParts_readAsEmpty() {
        Meeting m = meeting("ppf-2021", "paris-peace-forum", "2021-11-11");

        assertThat(m.place()).isEmpty();
        assertThat(m.participantNote()).isEmpty();
        assertThat(m.endDate()).isEmpty();
        assertThat(m.levelIfKnown()).isEmpty();
    }

    @Test
    void lists_areCopied_andCannotBeChangedAfterwards() {
        List<String> topics = new ArrayList<>(List.of("climate"));
        Meeting m = new Meeting("ppf-2021", "paris-peace-forum", "PPF", PartialDate.parse("2021-11-11"), null, null,
                MeetingMode.HYBRID, null, List.of(), List.of(), List.of(), List.of(), null, null, topics, List.of(),
                List.of(), SOURCES);

        topics.add("health");

        assertThat(m.topics()).containsExactly("climate");
        assertThatThrownBy(() -> m.topics().add("health")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void dateText_showsARangeOnlyWhenTheMeetingSpansDays() {
        assertThat(meeting("a", "f", "2021-10-13").dateText()).isEqualTo("2021-10-13");
        assertThat(spanning("2021-11-11", "2021-11-13").dateText()).isEqualTo("2021-11-11 to 2021-11-13");
        assertThat(spanning("2021-10-13", "2021-10-13").dateText()).isEqualTo("2021-10-13");
        assertThat(spanning("2021-10-13", "2021-10-13").endDate()).isPresent();
    }

    @Test
    void sourceWithoutDocumentOrUrl_isRejected() {
        assertThatThrownBy(() -> new Source(" ", null, Lang.AR, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a source needs a document or a url");
        assertThat(new Source(null, "https://example.org", Lang.EN, null, null).citation())
                .isEqualTo("https://example.org");
    }

    private static Meeting spanning(String start, String end) {
        return new Meeting("m", "f", "title", PartialDate.parse(start), PartialDate.parse(end), "Paris",
                MeetingMode.HYBRID, MeetingLevel.HEADS_OF_STATE, List.of(), List.of(), List.of(), List.of(), null,
                null, List.of(), List.of(), List.of(), SOURCES);
    }

    private static Meeting meeting(String id, String forum, String start) {
        return new Meeting(id, forum, "title", start == null ? null : PartialDate.parse(start), null, null,
                MeetingMode.IN_PERSON, null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
                List.of(), List.of(), SOURCES);
    }
}
