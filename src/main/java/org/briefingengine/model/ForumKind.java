package org.briefingengine.model;

/** The kinds of forum SPEC.md names, plus treaty bodies (a COP, a committee of parties) and scientific panels. */
public enum ForumKind {
    ALLIANCE, SUMMIT, RECURRING_EXPERT_MEETING, UN_ORGAN, BILATERAL_INSTITUTIONAL_DIALOGUE, TREATY_BODY,
    SCIENTIFIC_PANEL
}
