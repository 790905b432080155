package org.briefingengine.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.briefingengine.model.Actor;
import org.briefingengine.model.ActorType;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Forum;
import org.briefingengine.model.ForumKind;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.MeetingLevel;
import org.briefingengine.model.MeetingMode;
import org.briefingengine.model.Names;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Source;
import org.briefingengine.model.Topic;

/**
 * A seeded, realistic-looking fact set of any size over the real taxonomy: meetings spread over ten years
 * (2012–2021, 5% dated only to the year), 3–6 topics and 5–15 participants each, co-chairs at a third of them.
 */
public final class SyntheticFacts {

    private static final int YEARS = 10;
    private static final int FIRST_YEAR = 2012;

    private SyntheticFacts() {
    }

    public static FactSet generate(int meetings, List<Topic> taxonomy, long seed) {
        Random random = new Random(seed);
        int forumCount = Math.max(5, meetings / 2000);
        List<Forum> forums = new ArrayList<>();
        for (int i = 0; i < forumCount; i++) {
            forums.add(new Forum("forum-" + i, Names.english("Synthetic forum " + i), ForumKind.values()[i % 5],
                    List.of(), 1 + i % 2, List.of()));
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            actors.add(new Actor("A" + i, i % 4 == 0 ? ActorType.REGIONAL_ORGANISATION : ActorType.STATE, "Global",
                    new Names(Map.of(Lang.EN, "Actor " + i, Lang.AR, "فاعل " + i), Map.of()), List.of()));
        }
        Source source = new Source("synthetic.txt", null, Lang.EN, "generated", "");
        List<Meeting> generated = new ArrayList<>(meetings);
        for (int i = 0; i < meetings; i++) {
            generated.add(meeting(i, random, forums, actors, taxonomy, source));
        }
        return new FactSet(forums, actors, List.of(), taxonomy, generated);
    }

    private static Meeting meeting(int i, Random random, List<Forum> forums, List<Actor> actors, List<Topic> taxonomy,
                                   Source source) {
        LocalDate day = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(YEARS * 365));
        PartialDate start = random.nextInt(20) == 0 ? PartialDate.parse(Integer.toString(day.getYear()))
                : PartialDate.ofDay(day);
        List<String> participants = pick(random, actors.stream().map(Actor::id).toList(), 5 + random.nextInt(11));
        List<String> coChairs = random.nextInt(3) == 0 ? participants.subList(0, 2) : List.of();
        List<String> topics = pick(random, taxonomy.stream().map(Topic::id).toList(), 3 + random.nextInt(4));
        String forum = forums.get(random.nextInt(forums.size())).id();
        return new Meeting("m-" + i, forum, "Synthetic meeting " + i, start, null, "Geneva", MeetingMode.IN_PERSON,
                MeetingLevel.SENIOR_OFFICIALS, coChairs, List.of(), participants, List.of(), null, "", topics,
                List.of(), List.of(), List.of(source));
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, from.size())) {
            chosen.add(from.get(random.nextInt(from.size())));
        }
        return List.copyOf(chosen);
    }
}
