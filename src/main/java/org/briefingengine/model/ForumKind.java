package org.briefingengine.model;

/** The kinds of forum SPEC.md names. */
public enum ForumKind {
    ALLIANCE, SUMMIT, RECURRING_EXPERT_MEETING, UN_ORGAN, BILATERAL_INSTITUTIONAL_DIALOGUE
}
