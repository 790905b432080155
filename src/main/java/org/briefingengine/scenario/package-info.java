/**
 * Rule scenarios: small JSON files under {@code rules/scenarios/} in which an analyst gives a handful of facts, a
 * period, optional parameter overrides and the findings expected (and not expected); {@code briefing test-rules}
 * runs them all against the rules compiled once. Scenario facts go through the same ingest validation as fact files.
 */
package org.briefingengine.scenario;
