package org.briefingengine.model;

/** How much a finding matters; ordered from most to least. */
public enum Severity {
    HIGH, MEDIUM, LOW, INFO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
