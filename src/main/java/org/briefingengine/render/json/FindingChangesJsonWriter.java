package org.briefingengine.render.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.briefingengine.analysis.FindingChanges;
import org.briefingengine.model.Finding;

/**
 * Writes what changed between two findings files as JSON: {@code {"before", "after", "added": [...], "removed":
 * [...], "changed": [{"rule", "subject", "differences", "before", "after"}]}}, findings as in the findings file.
 */
public final class FindingChangesJsonWriter {

    private FindingChangesJsonWriter() {
    }

    public static void write(FindingChanges changes, OutputStream out) throws IOException {
        ObjectNode root = JsonFiles.newObject();
        root.put("before", changes.before());
        root.put("after", changes.after());
        ObjectNode summary = root.putObject("counts");
        summary.put("added", changes.added().size());
        summary.put("removed", changes.removed().size());
        summary.put("changed", changes.changed().size());
        ArrayNode added = root.putArray("added");
        changes.added().forEach(f -> added.add(FindingsJsonWriter.node(f)));
        ArrayNode removed = root.putArray("removed");
        changes.removed().forEach(f -> removed.add(FindingsJsonWriter.node(f)));
        ArrayNode changed = root.putArray("changed");
        for (FindingChanges.Change c : changes.changed()) {
            ObjectNode node = changed.addObject();
            Finding now = c.after();
            node.put("rule", now.rule());
            node.put("subject", now.subject());
            ArrayNode differences = node.putArray("differences");
            c.differences().forEach(differences::add);
            node.set("before", FindingsJsonWriter.node(c.before()));
            node.set("after", FindingsJsonWriter.node(now));
        }
        JsonFiles.write(root, out);
    }
}
