package org.briefingengine.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.briefingengine.model.FactSet;

/**
 * Groups an article's sentences into meetings. A sentence with a meeting cue («عُقد الاجتماع», "co-chaired the
 * meeting") anchors a meeting; with a date it starts one (or joins the meeting of the same forum whose date contains
 * it or lies within it), without a date it joins the nearest dated meeting. Other sentences belong to the meeting
 * of the nearest anchor. A meeting cue in a sentence about a series («كل سنتين», "every year") without a date anchors
 * nothing.
 */
final class MeetingAssembler {

    private final Analysis analysis;
    private final FactSet registers;
    private final String idPrefix;

    private final String newForumId;

    /** {@code newForumId} is the forum proposed when the article names none the registers know. */
    MeetingAssembler(Analysis analysis, FactSet registers, String idPrefix, String newForumId) {
        this.analysis = analysis;
        this.registers = registers;
        this.idPrefix = idPrefix;
        this.newForumId = newForumId;
    }

    /** A meeting while it is being assembled: its anchor sentences, its other sentences, its date. */
    private static final class Group {
        final String forum;
        FoundDate date;
        final List<Integer> anchors = new ArrayList<>();
        final List<Integer> sentences = new ArrayList<>();

        Group(String forum, FoundDate date) {
            this.forum = forum;
            this.date = date;
        }
    }

    record Result(List<DraftMeeting> meetings, List<String> review) { }

    Result assemble() {
        int count = analysis.article().sentences().size();
        Optional<Mention> primary = primaryForum();
        List<Group> groups = new ArrayList<>();
        Group[] groupOf = new Group[count];
        List<Integer> undatedAnchors = new ArrayList<>();
        List<String> review = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            if (!isAnchor(s)) {
                continue;
            }
            boolean leadIn = meetingDate(s).isEmpty() && datedLeadIn(s);
            Optional<FoundDate> date = leadIn ? meetingDate(s - 1) : meetingDate(s);
            if (date.isEmpty()) {
                if (!has(s, "series")) {
                    undatedAnchors.add(s);
                }
                continue;
            }
            String forum = forumOf(s).map(Mention::id).orElse(primary.map(Mention::id).orElse(newForumId));
            Group group = groups.stream().filter(g -> java.util.Objects.equals(g.forum, forum)
                    && g.date.compatibleWith(date.get())).findFirst().orElse(null);
            if (group == null) {
                group = new Group(forum, date.get());
                groups.add(group);
            } else if (date.get().precisionRank() > group.date.precisionRank()) {
                group.date = date.get();
            }
            group.anchors.add(s);
            groupOf[s] = group;
            if (leadIn) {
                group.anchors.add(s - 1);
                groupOf[s - 1] = group;
            }
        }
        List<Integer> undated = new ArrayList<>();
        for (int s : undatedAnchors) {
            Optional<String> forum = forumOf(s).map(Mention::id);
            Optional<Group> nearest = nearest(s, groups, g -> forum.isEmpty() || forum.get().equals(g.forum), groupOf);
            if (nearest.isPresent()) {
                nearest.get().anchors.add(s);
                groupOf[s] = nearest.get();
            } else {
                undated.add(s);
            }
        }
        if (!undated.isEmpty()) {
            review.add(undatedNote(undated));
        }
        assignOtherSentences(groups, groupOf);
        List<DraftMeeting> meetings = new ArrayList<>();
        groups.sort(Comparator.comparing(g -> g.date.date()));
        for (Group g : groups) {
            g.anchors.sort(null);
            g.sentences.sort(null);
            String id = idPrefix + "-" + (meetings.size() + 1);
            meetings.add(new DraftBuilder(analysis, registers, g.forum, g.date, g.anchors, g.sentences,
                    primary.orElse(null)).build(id));
        }
        return new Result(meetings, review);
    }

    private void assignOtherSentences(List<Group> groups, Group[] groupOf) {
        int count = groupOf.length;
        int firstAnchor = java.util.stream.IntStream.range(0, count).filter(s -> groupOf[s] != null).findFirst()
                .orElse(count);
        Group[] owner = groupOf.clone();
        for (int s = 0; s < count; s++) {
            if (groupOf[s] != null) {
                groupOf[s].sentences.add(s);
                continue;
            }
            if (s < firstAnchor && groups.size() != 1) {
                continue;
            }
            int sentence = s;
            nearest(s, groups, g -> true, owner).ifPresent(g -> g.sentences.add(sentence));
        }
    }

    /** The meeting whose anchor sentence is closest to {@code s}; the earlier one on a tie. */
    private static Optional<Group> nearest(int s, List<Group> groups, Predicate<Group> eligible, Group[] groupOf) {
        for (int d = 0; d < groupOf.length; d++) {
            if (s - d >= 0 && groupOf[s - d] != null && eligible.test(groupOf[s - d])) {
                return Optional.of(groupOf[s - d]);
            }
            if (s + d < groupOf.length && groupOf[s + d] != null && eligible.test(groupOf[s + d])) {
                return Optional.of(groupOf[s + d]);
            }
        }
        return groups.stream().filter(eligible).findFirst();
    }

    /**
     * «في عام ٢٠١٨، جمعت … . وركزت ورشة العمل …»: a sentence that dates something, with no meeting cue of its own,
     * followed in the same paragraph by an undated meeting sentence, dates that meeting.
     */
    private boolean datedLeadIn(int s) {
        return s > 0 && analysis.sentence(s - 1).paragraph() == analysis.sentence(s).paragraph()
                && !isAnchor(s - 1) && meetingDate(s - 1).isPresent();
    }

    private boolean isAnchor(int s) {
        return analysis.cuesBySentence().in(s).stream().anyMatch(c -> !c.occasion() && c.kind().equals("meeting"));
    }

    private boolean has(int s, String kind) {
        return analysis.cuesBySentence().in(s).stream().anyMatch(c -> c.kind().equals(kind));
    }

    private boolean hasRelativeDay(int s) {
        return has(s, "relativeDay");
    }

    /** The most precise date of the sentence that is not a "since" date. */
    private Optional<FoundDate> meetingDate(int s) {
        return analysis.datesBySentence().in(s).stream().filter(d -> !d.since())
                .max(Comparator.comparingInt(FoundDate::precisionRank).thenComparing(d -> -d.from()));
    }

    private Optional<Mention> forumOf(int s) {
        return analysis.mentionsBySentence().in(s).stream()
                .filter(m -> m.kind() == Mention.Kind.FORUM && !m.occasion()).findFirst();
    }

    /** The forum the article names most often (outside occasions), first named on a tie. */
    private Optional<Mention> primaryForum() {
        Map<String, List<Mention>> byForum = new LinkedHashMap<>();
        analysis.mentions().stream().filter(m -> m.kind() == Mention.Kind.FORUM && !m.occasion())
                .forEach(m -> byForum.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m));
        return byForum.values().stream().max(Comparator.comparingInt(List::size)).map(l -> l.get(0));
    }

    /** One note for the sentences that describe a meeting no date in the article places. */
    private String undatedNote(List<Integer> undated) {
        List<Integer> paragraphs = undated.stream().map(s -> analysis.sentence(s).paragraph()).distinct().toList();
        String where = paragraphs.size() == 1 ? "paragraph " + paragraphs.get(0)
                : "paragraphs " + String.join(", ", paragraphs.subList(0, paragraphs.size() - 1).stream()
                        .map(String::valueOf).toList()) + " and " + paragraphs.get(paragraphs.size() - 1);
        boolean relative = undated.stream().anyMatch(this::hasRelativeDay);
        return where + (paragraphs.size() == 1 ? " describes" : " describe") + " a meeting the article does not date,"
                + " so no draft was written for it: «" + shortQuote(undated.get(0)) + "»"
                + (relative ? "; the article dates it relative to its publication: give --published" : "");
    }

    private String shortQuote(int s) {
        Article.Span span = analysis.sentence(s);
        return Evidence.around(analysis.article(), span, span.start(), Math.min(span.end(), span.start() + 80)).quote();
    }
}
