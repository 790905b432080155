package org.briefingengine.model;

/**
 * The kinds of actor SPEC.md names, plus those real data sets need (negotiating coalitions such as AOSIS, regional
 * groups of the UN, scientific panels, civil society, territories); persons are kept apart in {@link Person}.
 */
public enum ActorType {
    STATE, REGIONAL_ORGANISATION, SUBREGIONAL_ORGANISATION, UN_ENTITY, INTERNATIONAL_BODY, OTHER,
    NEGOTIATING_COALITION, REGIONAL_GROUP, SCIENTIFIC_PANEL, CIVIL_SOCIETY, TERRITORY
}
