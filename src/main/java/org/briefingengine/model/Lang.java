package org.briefingengine.model;

/** The languages the fact set carries labels in. */
public enum Lang {
    EN, FR, AR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
