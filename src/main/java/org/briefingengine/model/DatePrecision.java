package org.briefingengine.model;

/** How precisely a source dates a meeting; a date known only to the year is never guessed into a quarter. */
public enum DatePrecision {
    DAY, MONTH, QUARTER, YEAR
}
