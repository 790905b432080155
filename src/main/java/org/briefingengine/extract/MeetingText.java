package org.briefingengine.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.briefingengine.extract.DraftField.Confidence;

/**
 * One meeting's sentences while its draft is built: what they mention and cue, the draft fields found so far, and
 * the passage behind each new field.
 */
final class MeetingText {

    final Analysis analysis;
    final List<Integer> anchors;
    final List<Integer> sentences;
    private final List<DraftField> fields = new ArrayList<>();

    MeetingText(Analysis analysis, List<Integer> anchors, List<Integer> sentences) {
        this.analysis = analysis;
        this.anchors = anchors;
        this.sentences = sentences;
    }

    List<DraftField> fields() {
        return List.copyOf(fields);
    }

    List<Mention> actorsAndPeople(List<Integer> within) {
        return analysis.mentionsBySentence().in(within).filter(m -> !m.occasion())
                .filter(m -> m.kind() == Mention.Kind.ACTOR || m.kind() == Mention.Kind.PERSON)
                .sorted(ArticleAnalyser.byPosition()).toList();
    }

    List<Mention> mentions(List<Integer> within, Mention.Kind kind) {
        return analysis.mentionsBySentence().in(within).filter(m -> m.kind() == kind)
                .sorted(ArticleAnalyser.byPosition()).toList();
    }

    List<Cue> cues(List<Integer> within, String kind) {
        return analysis.cuesBySentence().in(within).filter(c -> !c.occasion())
                .filter(c -> c.kind().equals(kind)).sorted(Comparator.comparingInt(Cue::start)).toList();
    }

    Optional<Cue> cue(List<Integer> within, String kind) {
        return cues(within, kind).stream().findFirst();
    }

    List<DraftField> fieldsNamed(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).toList();
    }

    Optional<DraftField> fieldOf(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }

    void add(DraftField field) {
        fields.add(field);
    }

    /** Adds {@code value} as {@code field} unless the field already holds that value. */
    void addIfAbsent(String field, DraftField value) {
        if (fieldsNamed(field).stream().noneMatch(f -> f.value().equals(value.value()))) {
            fields.add(new DraftField(field, value.value(), value.confidence(), value.evidence()));
        }
    }

    void add(String field, String value, Confidence confidence, Mention m) {
        add(field, value, confidence, m.sentence(), m.start(), m.end());
    }

    void add(String field, String value, Confidence confidence, Cue c) {
        add(field, value, confidence, c.sentence(), c.start(), c.end());
    }

    void add(String field, String value, Confidence confidence, int sentence, int start, int end) {
        fields.add(new DraftField(field, value, confidence, evidence(sentence, start, end)));
    }

    /** The whole sentence, for a value the text implies rather than states. */
    Evidence sentenceEvidence(int sentence) {
        Article.Span span = analysis.sentence(sentence);
        return Evidence.around(analysis.article(), span, span.start(), span.end());
    }

    Evidence evidence(int sentence, int start, int end) {
        return Evidence.around(analysis.article(), analysis.sentence(sentence), start, end);
    }
}
