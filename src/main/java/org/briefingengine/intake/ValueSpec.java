package org.briefingengine.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one value is made from a CSV row: a template such as {@code "unga-{rcid:int}"} (a literal when it has no
 * braces), or a column, optionally split on a separator (a multi-valued column) and passed through a value map.
 * {@code pointer} is where the mapping file says so, for errors.
 */
record ValueSpec(List<Part> template, String column, String separator, String map, String pointer) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:]+)(?::(int))?}");

    ValueSpec {
        template = template == null ? null : List.copyOf(template);
    }

    /** A piece of a template: literal text, or a column's value ({@code asInteger} turns "3.0" into "3"). */
    record Part(String literal, String column, boolean asInteger) {
    }

    static ValueSpec template(String text, String pointer) {
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), null, false));
            }
            parts.add(new Part(null, m.group(1), m.group(2) != null));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), null, false));
        }
        return new ValueSpec(parts, null, null, null, pointer);
    }

    static ValueSpec column(String column, String separator, String map, String pointer) {
        return new ValueSpec(null, column, separator, map, pointer);
    }

    /** Every column this value reads. */
    List<String> columns() {
        if (template == null) {
            return List.of(column);
        }
        return template.stream().filter(p -> p.column() != null).map(Part::column).toList();
    }
}
