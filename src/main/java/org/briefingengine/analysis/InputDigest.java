package org.briefingengine.analysis;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.briefingengine.model.Sha256;

/**
 * SHA-256 of every fact and rule file a run read (paths relative to their folder), and one combined hash for
 * each folder, so a report says exactly what it was made from.
 */
public record InputDigest(String factsHash, String rulesHash, SortedMap<String, String> factFiles,
                          SortedMap<String, String> ruleFiles) {

    public InputDigest {
        factFiles = new TreeMap<>(factFiles);
        ruleFiles = new TreeMap<>(ruleFiles);
    }

    public static InputDigest of(Map<String, String> factFiles, Map<String, String> ruleFiles) {
        return new InputDigest(combined(factFiles), combined(ruleFiles), new TreeMap<>(factFiles),
                new TreeMap<>(ruleFiles));
    }

    private static String combined(Map<String, String> files) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(files).forEach((path, hash) -> all.append(path).append('\0').append(hash).append('\n'));
        return Sha256.hex(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
