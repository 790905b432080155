package org.briefingengine.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.briefingengine.extract.DraftField.Confidence;
import org.briefingengine.extract.text.Token;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Person;

/**
 * Turns one meeting's sentences into draft fields, each with its passage: forum, dates, place, mode, level, roles,
 * participants, people, count, topics and edition.
 */
final class DraftBuilder {

    /** Levels from highest to lowest: a meeting is as high as its highest participants. */
    private static final List<String> LEVELS = List.of("heads-of-state", "ministerial", "senior-officials", "technical");

    private final Analysis analysis;
    private final FactSet registers;
    private final String forum;
    private final FoundDate date;
    private final List<Integer> anchors;
    private final List<Integer> sentences;
    private final Mention primaryForum;
    private final List<DraftField> fields = new ArrayList<>();
    private final List<String> review = new ArrayList<>();

    DraftBuilder(Analysis analysis, FactSet registers, String forum, FoundDate date, List<Integer> anchors,
                 List<Integer> sentences, Mention primaryForum) {
        this.analysis = analysis;
        this.registers = registers;
        this.forum = forum;
        this.date = date;
        this.anchors = anchors;
        this.sentences = sentences;
        this.primaryForum = primaryForum;
    }

    DraftMeeting build(String id) {
        forum();
        dates();
        place();
        mode();
        level();
        conveners();
        roles("coChairs", "coChair");
        roles("hosts", "host");
        participants();
        count();
        topics();
        Optional<Integer> edition = edition();
        reviewNotes();
        return new DraftMeeting(id, title(edition), fields, review);
    }

    private void forum() {
        if (registers.forum(forum).isEmpty()) {
            Article.Span span = analysis.sentence(anchors.get(0));
            fields.add(new DraftField("forum", forum, Confidence.LOW,
                    Evidence.around(analysis.article(), span, span.start(), span.end())));
            review.add("forum: the article names no forum in the registers; '" + forum + "' is proposed"
                    + " in proposed-register.json");
            return;
        }
        Optional<Mention> own = mentions(anchors, Mention.Kind.FORUM).stream().filter(m -> m.id().equals(forum))
                .findFirst();
        if (own.isPresent()) {
            add("forum", forum, Confidence.HIGH, own.get());
        } else {
            add("forum", forum, Confidence.MEDIUM, primaryForum);
            review.add("forum: taken from the forum the article names most, not from the meeting's own sentence");
        }
    }

    private void dates() {
        Confidence confidence = date.date().precision() == org.briefingengine.model.DatePrecision.DAY
                ? Confidence.HIGH : Confidence.MEDIUM;
        add("start", date.date().toString(), confidence, date.sentence(), date.start(), date.end());
        if (date.endDate() != null) {
            add("end", date.endDate().toString(), confidence, date.sentence(), date.start(), date.end());
        }
    }

    private void place() {
        // A place inside "on the sidelines of …" is where the occasion, and so the meeting, took place.
        Optional<Mention> place = mentions(anchors, Mention.Kind.PLACE).stream().findFirst()
                .or(() -> mentions(sentences, Mention.Kind.PLACE).stream().findFirst());
        place.ifPresent(p -> add("place", p.id(), anchors.contains(p.sentence()) ? Confidence.HIGH : Confidence.MEDIUM,
                p));
    }

    private void mode() {
        Optional<Cue> hybrid = cue(sentences, "mode:hybrid");
        Optional<Cue> virtual = cue(sentences, "mode:virtual");
        Optional<DraftField> place = fieldOf("place");
        if (hybrid.isPresent()) {
            add("mode", "hybrid", Confidence.HIGH, hybrid.get());
        } else if (virtual.isPresent() && place.isPresent() && !placeOnlyFromOccasion()) {
            add("mode", "hybrid", Confidence.MEDIUM, virtual.get());
            review.add("mode: the text names a place and says virtual; hybrid assumed");
        } else if (virtual.isPresent()) {
            add("mode", "virtual", Confidence.HIGH, virtual.get());
        } else if (place.isPresent()) {
            fields.add(new DraftField("mode", "in-person", Confidence.MEDIUM, place.get().evidence()));
        } else {
            int s = anchors.get(0);
            Article.Span span = analysis.sentence(s);
            fields.add(new DraftField("mode", "in-person", Confidence.LOW,
                    Evidence.around(analysis.article(), span, span.start(), span.end())));
            review.add("mode: the text says neither where nor how it met; in-person is an assumption");
        }
    }

    /** "a virtual workshop on the sidelines of the General Assembly in New York" met online, not in New York. */
    private boolean placeOnlyFromOccasion() {
        return mentions(sentences, Mention.Kind.PLACE).stream().allMatch(Mention::occasion);
    }

    private void level() {
        for (String level : LEVELS) {
            Optional<Cue> cue = cue(sentences, "level:" + level);
            if (cue.isPresent()) {
                add("level", level, anchors.contains(cue.get().sentence()) ? Confidence.HIGH : Confidence.MEDIUM,
                        cue.get());
                return;
            }
        }
    }

    /**
     * Actors named with a role cue: in the cue's clause when it names any («التي تديرها الرئيسة الأرجنتينية»),
     * otherwise in the cue's sentence («تولى … لودريان، ونظيره الألماني، … الرئاسة المشتركة»). A person counts for
     * the actor they are affiliated with.
     */
    private void roles(String field, String cueKind) {
        for (Cue cue : cues(sentences, cueKind)) {
            Article.Span sentence = analysis.sentence(cue.sentence());
            int clauseStart = ArticleAnalyser.clauseStart(analysis.article(), cue.start(), sentence.start());
            int clauseEnd = ArticleAnalyser.clauseEnd(analysis.article(), cue.end(), sentence.end());
            List<Mention> inSentence = actorsAndPeople(List.of(cue.sentence()));
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
        for (Cue cue : cues(sentences, "convene")) {
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
        List<Integer> participation = new ArrayList<>(anchors);
        cues(sentences, "participation").forEach(c -> participation.add(c.sentence()));
        fieldsNamed("coChairs").forEach(f -> addIfAbsent("participants", f));
        fieldsNamed("hosts").forEach(f -> addIfAbsent("participants", f));
        for (Mention m : actorsAndPeople(participation)) {
            addActor("participants", m, Confidence.MEDIUM);
        }
    }

    private void count() {
        List<Integer> preferred = new ArrayList<>();
        cues(sentences, "participation").forEach(c -> preferred.add(c.sentence()));
        preferred.addAll(anchors);
        preferred.addAll(sentences);
        for (int s : preferred) {
            for (Cue noun : cues(List.of(s), "countNoun")) {
                Optional<Integer> n = numberBefore(noun);
                if (n.isPresent()) {
                    add("participantCount", Integer.toString(n.get()), Confidence.MEDIUM, noun.sentence(),
                            analysis.tokens().get(Math.max(0, noun.from() - 2)).start(), noun.end());
                    review.add("participantCount: «" + analysis.article().quote(
                            analysis.tokens().get(Math.max(0, noun.from() - 2)).start(), noun.end())
                            + "» — check it counts the participants");
                    return;
                }
            }
        }
    }

    /** "45 دولة", "تسع منظمات", "48 responses": a number or number word right before the count noun, not a year. */
    private Optional<Integer> numberBefore(Cue noun) {
        for (int t = noun.from() - 1; t >= Math.max(0, noun.from() - 2); t--) {
            Token token = analysis.tokens().get(t);
            if (token.start() < analysis.sentence(noun.sentence()).start()) {
                return Optional.empty();
            }
            int index = t;
            if (analysis.datesBySentence().in(noun.sentence()).stream()
                    .anyMatch(d -> d.from() <= index && index < d.to())) {
                return Optional.empty();
            }
            if (token.isNumber() && token.norm().length() <= 6) {
                return Optional.of(token.number());
            }
            Optional<Cue> word = analysis.cuesBySentence().in(noun.sentence()).stream()
                    .filter(c -> c.kind().equals("numberWord") && c.to() == index + 1).findFirst();
            if (word.isPresent()) {
                return Optional.of(word.get().value());
            }
        }
        return Optional.empty();
    }

    private void topics() {
        for (Mention m : mentions(sentences, Mention.Kind.TOPIC)) {
            if (!m.occasion()) {
                Confidence confidence = anchors.contains(m.sentence()) ? Confidence.HIGH : Confidence.MEDIUM;
                if (fieldsNamed("topics").stream().noneMatch(f -> f.value().equals(m.id()))) {
                    add("topics", m.id(), confidence, m);
                }
            }
        }
        if (fieldsNamed("topics").isEmpty()) {
            review.add("topics: none found; add at least one from rules/taxonomy/topics.json");
        }
    }

    /** An ordinal next to a meeting cue: «الاجتماع السابع», «الدورة الرابعة», "4th edition". */
    private Optional<Integer> edition() {
        for (Cue ordinal : cues(anchors, "ordinal")) {
            boolean besideMeeting = cues(List.of(ordinal.sentence()), "meeting").stream()
                    .anyMatch(m -> m.to() == ordinal.from() || ordinal.to() == m.from());
            if (besideMeeting) {
                add("edition", Integer.toString(ordinal.value()), Confidence.HIGH, ordinal);
                return Optional.of(ordinal.value());
            }
        }
        return Optional.empty();
    }

    private void reviewNotes() {
        Set<Integer> own = new java.util.HashSet<>(sentences);
        for (Analysis.ReviewNote note : analysis.notes()) {
            int s = sentenceAt(note.start());
            if (own.contains(s)) {
                review.add("paragraph " + analysis.sentence(s).paragraph() + ": " + note.message());
            }
        }
        for (Analysis.UnknownName name : analysis.unknownNames()) {
            if (own.contains(name.sentence())) {
                review.add("paragraph " + analysis.sentence(name.sentence()).paragraph() + ": «" + name.text()
                        + "» is not in the registers (" + name.why() + "); proposed in proposed-register.json");
            }
        }
    }

    private String title(Optional<Integer> edition) {
        String forumName = registers.forum(forum).map(Forum::names).map(n -> n.en()).orElse("New forum");
        String when = fieldOf("end").map(e -> date.date() + " to " + e.value()).orElse(date.date().toString());
        return forumName + edition.map(e -> ", meeting no. " + e).orElse("") + " (" + when + "), draft";
    }

    private int sentenceAt(int offset) {
        List<Article.Span> all = analysis.article().sentences();
        for (int i = 0; i < all.size(); i++) {
            if (offset < all.get(i).end()) {
                return i;
            }
        }
        return all.size() - 1;
    }

    private void addActor(String field, Mention m, Confidence confidence) {
        if (m.kind() == Mention.Kind.PERSON) {
            addIfAbsent("people", new DraftField("people", m.id(), confidence, evidence(m.sentence(), m.start(), m.end())));
            Optional<String> affiliation = registers.person(m.id()).map(Person::affiliation);
            affiliation.ifPresent(a -> addIfAbsent(field, new DraftField(field, a, confidence,
                    evidence(m.sentence(), m.start(), m.end()))));
        } else {
            addIfAbsent(field, new DraftField(field, m.id(), confidence, evidence(m.sentence(), m.start(), m.end())));
        }
    }

    private void addIfAbsent(String field, DraftField value) {
        DraftField renamed = new DraftField(field, value.value(), value.confidence(), value.evidence());
        if (fieldsNamed(field).stream().noneMatch(f -> f.value().equals(value.value()))) {
            fields.add(renamed);
        }
    }

    private List<Mention> actorsAndPeople(List<Integer> within) {
        return analysis.mentionsBySentence().in(within).filter(m -> !m.occasion())
                .filter(m -> m.kind() == Mention.Kind.ACTOR || m.kind() == Mention.Kind.PERSON)
                .sorted(ArticleAnalyser.byPosition()).toList();
    }

    private List<Mention> mentions(List<Integer> within, Mention.Kind kind) {
        return analysis.mentionsBySentence().in(within).filter(m -> m.kind() == kind)
                .sorted(ArticleAnalyser.byPosition()).toList();
    }

    private Optional<Mention> firstIn(List<Integer> within, Mention.Kind kind) {
        return mentions(within, kind).stream().filter(m -> !m.occasion()).findFirst();
    }

    private List<Cue> cues(List<Integer> within, String kind) {
        return analysis.cuesBySentence().in(within).filter(c -> !c.occasion())
                .filter(c -> c.kind().equals(kind)).sorted(Comparator.comparingInt(Cue::start)).toList();
    }

    private Optional<Cue> cue(List<Integer> within, String kind) {
        return cues(within, kind).stream().findFirst();
    }

    private List<DraftField> fieldsNamed(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).toList();
    }

    private Optional<DraftField> fieldOf(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }

    private void add(String field, String value, Confidence confidence, Mention m) {
        add(field, value, confidence, m.sentence(), m.start(), m.end());
    }

    private void add(String field, String value, Confidence confidence, Cue c) {
        add(field, value, confidence, c.sentence(), c.start(), c.end());
    }

    private void add(String field, String value, Confidence confidence, int sentence, int start, int end) {
        fields.add(new DraftField(field, value, confidence, evidence(sentence, start, end)));
    }

    private Evidence evidence(int sentence, int start, int end) {
        return Evidence.around(analysis.article(), analysis.sentence(sentence), start, end);
    }
}
