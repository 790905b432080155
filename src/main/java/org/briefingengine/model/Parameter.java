package org.briefingengine.model;

import java.util.Objects;

/**
 * A threshold or setting from {@code rules/parameters.json}, inserted as a fact that rules read
 * ({@code Parameter(name == "overlap.minForums", $min : number)}). {@code number} is NaN for text settings.
 */
public record Parameter(String name, double number, String text, String description) {

    public Parameter {
        Objects.requireNonNull(name, "parameter name must not be null");
        text = text == null ? "" : text;
        description = description == null ? "" : description;
    }

    public boolean hasNumber() {
        return !Double.isNaN(number);
    }

    /** The value as written: an integer without a decimal point, otherwise the number or the text. */
    public String valueText() {
        if (!hasNumber()) {
            return text;
        }
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
