package org.briefingengine.scenario;

import java.util.Map;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Period;

/** What one scenario runs on: its validated facts, the parameters with its overrides applied, and its period. */
public record ScenarioInputs(FactSet facts, Map<String, Parameter> parameters, Period period) {

    public ScenarioInputs {
        parameters = Map.copyOf(parameters);
    }
}
