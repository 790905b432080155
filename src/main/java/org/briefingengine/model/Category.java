package org.briefingengine.model;

/** The four kinds of finding SPEC.md names. */
public enum Category {
    TREND, OVERLAP, ACTOR, QUALITY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
