package org.briefingengine.extract;

import java.util.List;
import java.util.Optional;

/**
 * A meeting the article describes, as draft fields with their passages, and what the reviewer must decide.
 * Field names are the fixtures' ({@code forum}, {@code start}, {@code end}, {@code place}, {@code mode},
 * {@code level}, {@code coChairs}, {@code hosts}, {@code participants}, {@code people}, {@code participantCount},
 * {@code topics}) plus {@code edition}, which goes into the title.
 */
public record DraftMeeting(String id, String title, List<DraftField> fields, List<String> review) {

    public DraftMeeting {
        fields = List.copyOf(fields);
        review = List.copyOf(review);
    }

    public Optional<DraftField> field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }

    public Optional<String> value(String name) {
        return field(name).map(DraftField::value);
    }

    public List<String> values(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).map(DraftField::value).toList();
    }
}
