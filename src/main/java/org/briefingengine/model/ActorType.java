package org.briefingengine.model;

/** The kinds of actor SPEC.md names; persons are kept apart in {@link Person}. */
public enum ActorType {
    STATE, REGIONAL_ORGANISATION, SUBREGIONAL_ORGANISATION, UN_ENTITY, INTERNATIONAL_BODY, OTHER
}
