package org.briefingengine.model;

/** Whether a meeting was held in a place, online, or both; {@code UNKNOWN} when the source does not say. */
public enum MeetingMode { IN_PERSON, VIRTUAL, HYBRID, UNKNOWN }
