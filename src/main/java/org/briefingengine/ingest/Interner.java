package org.briefingengine.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each repeated string read during one load: an actor id named by 100,000 meetings is then held
 * once, not 100,000 times. Lives only as long as the load.
 */
final class Interner {

    private final Map<String, String> seen = new HashMap<>();

    String of(String text) {
        if (text == null) {
            return null;
        }
        String first = seen.putIfAbsent(text, text);
        return first == null ? text : first;
    }
}
