package org.briefingengine.ingest;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Parameter;

/**
 * The outcome of reading the inputs: the facts and parameters (empty when there were errors), every problem found,
 * and the SHA-256 of each file read, keyed by its path relative to its folder.
 */
public record LoadedInputs(FactSet facts, List<Parameter> parameters, Map<String, ParameterSpec> parameterSpecs,
                           List<InputProblem> problems, SortedMap<String, String> factFileHashes) {

    public LoadedInputs {
        parameters = List.copyOf(parameters);
        parameterSpecs = Map.copyOf(parameterSpecs);
        problems = List.copyOf(problems);
        factFileHashes = new TreeMap<>(factFileHashes);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(InputProblem::isError);
    }

    public List<InputProblem> errors() {
        return problems.stream().filter(InputProblem::isError).toList();
    }

    public List<InputProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Number of distinct files with at least one error. */
    public long filesWithErrors() {
        return errors().stream().map(InputProblem::file).distinct().count();
    }

    public Map<String, Parameter> parametersByName() {
        Map<String, Parameter> byName = new TreeMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        return byName;
    }
}
