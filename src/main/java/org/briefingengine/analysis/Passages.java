package org.briefingengine.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Names;
import org.briefingengine.model.Source;
import org.briefingengine.model.Topic;

/**
 * Which of a meeting's sources state what a finding claims about it: the quotes that name one of the finding's
 * topics (its label or a synonym in any language, or those of a child topic) or one of its actors (a name or an
 * alias). A claim no quote states falls back to all the meeting's sources.
 */
public final class Passages {

    private static final int MIN_TERM = 3;

    private final FactSet facts;
    private final Map<String, Set<String>> termsById = new HashMap<>();

    public Passages(FactSet facts) {
        this.facts = facts;
    }

    /** The sources of the meeting that support the findings citing it; all its sources when none names their terms. */
    public List<Source> supporting(Meeting meeting, Collection<Finding> findings) {
        Set<String> terms = new LinkedHashSet<>();
        for (Finding f : findings) {
            f.topics().forEach(t -> terms.addAll(topicTerms(t)));
            if (f.topics().isEmpty()) {
                terms.addAll(topicTerms(f.subject()));
            }
            f.actors().forEach(a -> terms.addAll(actorTerms(a)));
        }
        List<Source> stating = new ArrayList<>();
        for (Source s : meeting.sources()) {
            String quote = s.quote().toLowerCase(Locale.ROOT);
            if (terms.stream().anyMatch(quote::contains)) {
                stating.add(s);
            }
        }
        return stating.isEmpty() ? meeting.sources() : stating;
    }

    private Set<String> topicTerms(String topicId) {
        return termsById.computeIfAbsent("topic:" + topicId, k -> {
            Set<String> terms = new LinkedHashSet<>();
            facts.topics().stream().filter(t -> t.id().equals(topicId) || topicId.equals(t.parent()))
                    .forEach(t -> addTopic(terms, t));
            return terms;
        });
    }

    private Set<String> actorTerms(String actorId) {
        return termsById.computeIfAbsent("actor:" + actorId, k -> {
            Set<String> terms = new LinkedHashSet<>();
            facts.actor(actorId).ifPresent(a -> addNames(terms, a.names()));
            facts.person(actorId).ifPresent(p -> addNames(terms, p.names()));
            return terms;
        });
    }

    private static void addTopic(Set<String> terms, Topic topic) {
        topic.labels().values().forEach(l -> add(terms, l));
        topic.synonyms().values().forEach(list -> list.forEach(l -> add(terms, l)));
    }

    private static void addNames(Set<String> terms, Names names) {
        names.primary().values().forEach(n -> add(terms, n));
        names.aliases().values().forEach(list -> list.forEach(n -> add(terms, n)));
    }

    private static void add(Set<String> terms, String term) {
        if (term != null && term.strip().length() >= MIN_TERM) {
            terms.add(term.strip().toLowerCase(Locale.ROOT));
        }
    }
}
