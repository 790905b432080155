package org.briefingengine.model;

import java.util.Map;
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

    /** The number {@code name} is set to in {@code parameters}; {@code fallback} when it is absent or not a number. */
    public static double numberOr(Map<String, Parameter> parameters, String name, double fallback) {
        Parameter p = parameters.get(name);
        return p != null && p.hasNumber() ? p.number : fallback;
    }

    /** The value of {@code name} as written; {@code fallback} when it is absent. */
    public static String valueOr(Map<String, Parameter> parameters, String name, String fallback) {
        Parameter p = parameters.get(name);
        return p == null ? fallback : p.valueText();
    }

    /** The value as written: an integer without a decimal point, otherwise the number or the text. */
    public String valueText() {
        if (!hasNumber()) {
            return text;
        }
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
