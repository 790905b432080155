package org.briefingengine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefingengine.extract.DraftField.Confidence;
import org.briefingengine.extract.text.Token;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;

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
    private final MeetingText text;
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
        this.text = new MeetingText(analysis, anchors, sentences);
    }

    DraftMeeting build(String id) {
        forum();
        dates();
        place();
        mode();
        level();
        new RoleFinder(text, registers).find();
        count();
        topics();
        Optional<Integer> edition = edition();
        reviewNotes();
        return new DraftMeeting(id, title(edition), text.fields(), review);
    }

    private void forum() {
        if (registers.forum(forum).isEmpty()) {
            text.add(new DraftField("forum", forum, Confidence.LOW, text.sentenceEvidence(anchors.get(0))));
            review.add("forum: the article names no forum in the registers; '" + forum + "' is proposed"
                    + " in proposed-register.json");
            return;
        }
        Optional<Mention> own = text.mentions(anchors, Mention.Kind.FORUM).stream().filter(m -> m.id().equals(forum))
                .findFirst();
        if (own.isPresent()) {
            text.add("forum", forum, Confidence.HIGH, own.get());
        } else {
            text.add("forum", forum, Confidence.MEDIUM, primaryForum);
            review.add("forum: taken from the forum the article names most, not from the meeting's own sentence");
        }
    }

    private void dates() {
        Confidence confidence = date.date().precision() == org.briefingengine.model.DatePrecision.DAY
                ? Confidence.HIGH : Confidence.MEDIUM;
        text.add("start", date.date().toString(), confidence, date.sentence(), date.start(), date.end());
        if (date.endDate() != null) {
            text.add("end", date.endDate().toString(), confidence, date.sentence(), date.start(), date.end());
        }
    }

    private void place() {
        // A place inside "on the sidelines of …" is where the occasion, and so the meeting, took place.
        Optional<Mention> place = text.mentions(anchors, Mention.Kind.PLACE).stream().findFirst()
                .or(() -> text.mentions(sentences, Mention.Kind.PLACE).stream().findFirst());
        place.ifPresent(p -> text.add("place", p.id(), anchors.contains(p.sentence()) ? Confidence.HIGH : Confidence.MEDIUM,
                p));
    }

    private void mode() {
        Optional<Cue> hybrid = text.cue(sentences, "mode:hybrid");
        Optional<Cue> virtual = text.cue(sentences, "mode:virtual");
        Optional<DraftField> place = text.fieldOf("place");
        if (hybrid.isPresent()) {
            text.add("mode", "hybrid", Confidence.HIGH, hybrid.get());
        } else if (virtual.isPresent() && place.isPresent() && !placeOnlyFromOccasion()) {
            text.add("mode", "hybrid", Confidence.MEDIUM, virtual.get());
            review.add("mode: the text names a place and says virtual; hybrid assumed");
        } else if (virtual.isPresent()) {
            text.add("mode", "virtual", Confidence.HIGH, virtual.get());
        } else if (place.isPresent()) {
            text.add(new DraftField("mode", "in-person", Confidence.MEDIUM, place.get().evidence()));
        } else {
            text.add(new DraftField("mode", "in-person", Confidence.LOW, text.sentenceEvidence(anchors.get(0))));
            review.add("mode: the text says neither where nor how it met; in-person is an assumption");
        }
    }

    /** "a virtual workshop on the sidelines of the General Assembly in New York" met online, not in New York. */
    private boolean placeOnlyFromOccasion() {
        return text.mentions(sentences, Mention.Kind.PLACE).stream().allMatch(Mention::occasion);
    }

    private void level() {
        for (String level : LEVELS) {
            Optional<Cue> cue = text.cue(sentences, "level:" + level);
            if (cue.isPresent()) {
                text.add("level", level, anchors.contains(cue.get().sentence()) ? Confidence.HIGH : Confidence.MEDIUM,
                        cue.get());
                return;
            }
        }
    }

    private void count() {
        List<Integer> preferred = new ArrayList<>();
        text.cues(sentences, "participation").forEach(c -> preferred.add(c.sentence()));
        preferred.addAll(anchors);
        preferred.addAll(sentences);
        for (int s : preferred) {
            for (Cue noun : text.cues(List.of(s), "countNoun")) {
                Optional<Integer> n = numberBefore(noun);
                if (n.isPresent()) {
                    text.add("participantCount", Integer.toString(n.get()), Confidence.MEDIUM, noun.sentence(),
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
        for (Mention m : text.mentions(sentences, Mention.Kind.TOPIC)) {
            if (!m.occasion()) {
                Confidence confidence = anchors.contains(m.sentence()) ? Confidence.HIGH : Confidence.MEDIUM;
                if (text.fieldsNamed("topics").stream().noneMatch(f -> f.value().equals(m.id()))) {
                    text.add("topics", m.id(), confidence, m);
                }
            }
        }
        if (text.fieldsNamed("topics").isEmpty()) {
            review.add("topics: none found; add at least one from rules/taxonomy/topics.json");
        }
    }

    /** An ordinal next to a meeting cue: «الاجتماع السابع», «الدورة الرابعة», "4th edition". */
    private Optional<Integer> edition() {
        for (Cue ordinal : text.cues(anchors, "ordinal")) {
            boolean besideMeeting = text.cues(List.of(ordinal.sentence()), "meeting").stream()
                    .anyMatch(m -> m.to() == ordinal.from() || ordinal.to() == m.from());
            if (besideMeeting) {
                text.add("edition", Integer.toString(ordinal.value()), Confidence.HIGH, ordinal);
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
        String when = text.fieldOf("end").map(e -> date.date() + " to " + e.value()).orElse(date.date().toString());
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
}
