package org.briefingengine.extract;

import java.util.Objects;

/**
 * One value of a draft meeting ("coChairs" = "FRA"), how sure the extractor is, and the passage it came from.
 */
public record DraftField(String field, String value, Confidence confidence, Evidence evidence) {

    /** How far the reviewer can trust a value: stated, inferred from context, or assumed. */
    public enum Confidence {
        HIGH, MEDIUM, LOW;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DraftField {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(confidence, "confidence must not be null");
        Objects.requireNonNull(evidence, "evidence must not be null");
    }
}
