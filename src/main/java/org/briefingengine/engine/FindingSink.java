package org.briefingengine.engine;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.kie.api.runtime.rule.RuleContext;

/** The global {@code out} every rule file declares: starts findings and names ids in plain English. */
public final class FindingSink {

    private final String period;
    private final Function<String, String> nameOf;

    FindingSink(String period, Function<String, String> nameOf) {
        this.period = period;
        this.nameOf = nameOf;
    }

    public FindingBuilder finding(RuleContext context) {
        return new FindingBuilder(context, period);
    }

    /** English name of a forum, actor, person or topic id. */
    public String name(Object id) {
        return nameOf.apply(String.valueOf(id));
    }

    /** English names of ids, sorted by id and joined for a sentence: "A, B and C". */
    public String names(Collection<?> ids) {
        List<String> names = ids.stream().map(String::valueOf).sorted().map(nameOf).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
