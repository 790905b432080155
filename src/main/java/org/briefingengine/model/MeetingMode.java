package org.briefingengine.model;

/** Whether a meeting was held in a place, online, or both. */
public enum MeetingMode { IN_PERSON, VIRTUAL, HYBRID }
