package org.briefingengine.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.briefingengine.ingest.DocumentReads.Element;
import org.briefingengine.model.Role;

/**
 * Binds the roles register {@code rules/roles.json}:
 * {@code {"roles": [{"id": "voted-yes", "label": "voted yes", "presence": true}]}}.
 */
final class RolesBinder {

    private static final Set<String> FIELDS = Set.of("id", "label", "presence", "description");

    private final Problems problems;

    RolesBinder(Problems problems) {
        this.problems = problems;
    }

    void bind(JsonDocument doc, RawFacts into) {
        Fields f = new Fields(doc, problems);
        if (!doc.root().isObject() || doc.root().size() != 1 || !doc.root().has("roles")) {
            f.error("", "the file must be {\"roles\": [{\"id\": \"…\", \"label\": \"…\", \"presence\": true}]}");
            return;
        }
        for (Element e : f.array(doc.root(), "", "roles")) {
            f.rejectUnknown(e, FIELDS);
            String id = f.requiredText(e, "id");
            String label = f.optionalText(e, "label");
            JsonNode presence = e.node().get("presence");
            if (presence == null || !presence.isBoolean()) {
                f.error(DocumentReads.child(e.pointer(), "presence"), "'presence' must be true or false: does holding"
                        + " this role mean the actor took part?");
            } else if (id != null) {
                into.roles.add(new Located<>(new Role(id, label, presence.booleanValue()), doc, e.pointer()));
            }
        }
    }
}
