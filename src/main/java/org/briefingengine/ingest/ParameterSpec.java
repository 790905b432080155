package org.briefingengine.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a parameter in {@code rules/parameters.json} declares about itself: its type and, for numbers, the range its
 * value must lie in. Scenario overrides are checked against the same declaration as the file's own value.
 */
public record ParameterSpec(String name, Type type, double min, double max) {

    /** The value types a parameter may declare, written lower-case in the file. */
    public enum Type { INTEGER, NUMBER, TEXT;

        String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Type> of(String text) {
            return Arrays.stream(values()).filter(t -> t.jsonName().equals(text)).findFirst();
        }
    }

    /** Why {@code value} (a number, or NaN with {@code text} set) does not fit, or empty when it does. */
    public Optional<String> problem(double value, String text) {
        boolean isNumber = !Double.isNaN(value);
        if (type == Type.TEXT) {
            return isNumber ? Optional.of(name + " must be text (\"…\"), not the number " + format(value))
                    : Optional.empty();
        }
        String expected = (type == Type.INTEGER ? "a whole number" : "a number") + " from " + format(min) + " to "
                + format(max);
        if (!isNumber) {
            return Optional.of(name + " must be " + expected + ", not \"" + text + "\"");
        }
        if (type == Type.INTEGER && value != Math.rint(value)) {
            return Optional.of(name + " must be " + expected + ", not " + format(value));
        }
        if (value < min || value > max) {
            return Optional.of(name + " is " + format(value) + ", outside its range: use " + expected);
        }
        return Optional.empty();
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
