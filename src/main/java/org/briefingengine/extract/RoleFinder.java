package org.briefingengine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingengine.extract.DraftField.Confidence;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Person;

/** Who chaired, hosted and took part in a meeting, read from its sentences with the role cues. */
final class RoleFinder {

    private final MeetingText text;
    private final Analysis analysis;
    private final FactSet registers;

    RoleFinder(MeetingText text, FactSet registers) {
        this.text = text;
        this.analysis = text.analysis;
        this.registers = registers;
    }

    /** Adds co-chairs, hosts, participants and people to the meeting's fields. */
    void find() {
        conveners();
        roles("coChairs", "coChair");
        roles("hosts", "host");
        participants();
    }

    /**
     * Actors named with a role cue: in the cue's clause when it names any («التي تديرها الرئيسة الأرجنتينية»),
     * otherwise in the cue's sentence («تولى … لودريان، ونظيره الألماني، … الرئاسة المشتركة»). A person counts for
     * the actor they are affiliated with.
     */
    private void roles(String field, String cueKind) {
        for (Cue cue : text.cues(text.sentences, cueKind)) {
            Article.Span sentence = analysis.sentence(cue.sentence());
            int clauseStart = ArticleAnalyser.clauseStart(analysis.article(), cue.start(), sentence.start());
            int clauseEnd = ArticleAnalyser.clauseEnd(analysis.article(), cue.end(), sentence.end());
            List<Mention> inSentence = text.actorsAndPeople(List.of(cue.sentence()));
            List<Mention> inClause = inSentence.stream()
                    .filter(m -> m.start() >= clauseStart && m.start() < clauseEnd).toList();
            for (Mention m : inClause.isEmpty() ? inSentence : inClause) {
                addActor(field, m, inClause.isEmpty() ? Confidence.MEDIUM : Confidence.HIGH);
            }
        }
    }

    /**
     * The actors a convening verb takes as subject, right after it («نظمت فرنسا وألمانيا فعالية») or right before it
     * («الاتحاد الأوروبي ومفوضية … يعقدان»): two or more convene jointly (co-chairs), one alone hosts.
     */
    private void conveners() {
        for (Cue cue : text.cues(text.sentences, "convene")) {
            List<Mention> chain = chain(cue.to(), +1, cue.sentence());
            if (chain.isEmpty()) {
                chain = chain(cue.from() - 1, -1, cue.sentence());
            }
            long actors = chain.stream().map(this::actorOf).distinct().count();
            for (Mention m : chain) {
                addActor(actors >= 2 ? "coChairs" : "hosts", m, Confidence.HIGH);
            }
        }
    }

    /** Names that follow one another from token {@code at} in {@code direction}, joined by commas or «و»/"and". */
    private List<Mention> chain(int at, int direction, int sentence) {
        List<Mention> chain = new ArrayList<>();
        List<Mention> names = analysis.mentionsBySentence().in(sentence).stream()
                .filter(m -> m.kind() == Mention.Kind.ACTOR || m.kind() == Mention.Kind.PERSON).toList();
        int pos = at;
        while (pos >= 0 && pos < analysis.tokens().size()) {
            int p = pos;
            Optional<Mention> next = names.stream().filter(m -> direction > 0 ? m.from() == p : m.to() - 1 == p)
                    .findFirst();
            if (next.isEmpty() && isConjunction(p, sentence)) {
                pos += direction;
                continue;
            }
            if (next.isEmpty()) {
                break;
            }
            chain.add(next.get());
            pos = direction > 0 ? next.get().to() : next.get().from() - 1;
        }
        chain.sort(ArticleAnalyser.byPosition());
        return chain;
    }

    private boolean isConjunction(int token, int sentence) {
        return analysis.cuesBySentence().in(sentence).stream()
                .anyMatch(c -> c.kind().equals("conjunction") && c.from() == token);
    }

    private String actorOf(Mention m) {
        return m.kind() == Mention.Kind.PERSON
                ? registers.person(m.id()).map(Person::affiliation).orElse(m.id()) : m.id();
    }

    /** Co-chairs, hosts, and actors named in the meeting's anchor sentences or in a sentence that says who took part. */
    private void participants() {
        List<Integer> participation = new ArrayList<>(text.anchors);
        text.cues(text.sentences, "participation").forEach(c -> participation.add(c.sentence()));
        text.fieldsNamed("coChairs").forEach(f -> text.addIfAbsent("participants", f));
        text.fieldsNamed("hosts").forEach(f -> text.addIfAbsent("participants", f));
        for (Mention m : text.actorsAndPeople(participation)) {
            addActor("participants", m, Confidence.MEDIUM);
        }
    }

    private void addActor(String field, Mention m, Confidence confidence) {
        if (m.kind() == Mention.Kind.PERSON) {
            text.addIfAbsent("people", new DraftField("people", m.id(), confidence, text.evidence(m.sentence(), m.start(), m.end())));
            Optional<String> affiliation = registers.person(m.id()).map(Person::affiliation);
            affiliation.ifPresent(a -> text.addIfAbsent(field, new DraftField(field, a, confidence,
                    text.evidence(m.sentence(), m.start(), m.end()))));
        } else {
            text.addIfAbsent(field, new DraftField(field, m.id(), confidence, text.evidence(m.sentence(), m.start(), m.end())));
        }
    }

}
