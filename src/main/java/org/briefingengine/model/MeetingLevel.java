package org.briefingengine.model;

/** The seniority of those who met. */
public enum MeetingLevel { HEADS_OF_STATE, MINISTERIAL, SENIOR_OFFICIALS, TECHNICAL }
