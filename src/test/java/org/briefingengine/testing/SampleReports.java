package org.briefingengine.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefingengine.analysis.BriefingReport;
import org.briefingengine.analysis.InputDigest;
import org.briefingengine.analysis.OverlapMatrix;
import org.briefingengine.analysis.TopicTrendTable;
import org.briefingengine.model.Actor;
import org.briefingengine.model.ActorType;
import org.briefingengine.model.Category;
import org.briefingengine.model.FactSet;
import org.briefingengine.model.Finding;
import org.briefingengine.model.Forum;
import org.briefingengine.model.ForumKind;
import org.briefingengine.model.Lang;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.MeetingLevel;
import org.briefingengine.model.MeetingMode;
import org.briefingengine.model.Names;
import org.briefingengine.model.PartialDate;
import org.briefingengine.model.Period;
import org.briefingengine.model.Person;
import org.briefingengine.model.RuleAudit;
import org.briefingengine.model.Severity;
import org.briefingengine.model.Source;
import org.briefingengine.model.Topic;

/**
 * A small hand-built report for renderer tests that must not depend on the engine: two forums meeting in
 * 2021-Q4, Arabic names, a source quote that looks like a formula, and one finding per category.
 */
public final class SampleReports {

    public static final Instant GENERATED_AT = Instant.parse("2026-11-23T06:00:00Z");

    private SampleReports() {
    }

    public static BriefingReport quarter2021Q4() {
        FactSet facts = facts();
        Period period = Period.quarter(2021, 4);
        List<Meeting> meetings = facts.meetingsIn(period);
        return new BriefingReport(period, GENERATED_AT, "0.1.0-test", "RESTRICTED",
                InputDigest.of(Map.of("forums.json", "aa11"), Map.of("overlaps/topic-overlap.drl", "bb22")),
                facts, meetings, List.of(facts.meetings().get(0)), findings(), trend(), overlap(), audit(),
                new TreeMap<>(Map.of("overlap.minForums", "2", "bridge.minForums", "2")));
    }

    /** The same facts, for a quarter in which nothing met. */
    public static BriefingReport emptyQuarter() {
        BriefingReport full = quarter2021Q4();
        return new BriefingReport(Period.quarter(2022, 1), GENERATED_AT, full.version(), full.classification(),
                full.inputs(), full.facts(), List.of(), List.of(), List.of(), full.trend(),
                new OverlapMatrix(List.of(), List.of(), List.of(), List.of()), full.audit(), full.parameters());
    }

    public static FactSet facts() {
        Source ppfSource = new Source("001_48a734985bc6856c.txt", null, Lang.AR, "paragraph 2",
                "منتدى باريس للسلام");
        Source formulaLike = new Source(null, "https://example.org/eu-ohchr", Lang.EN, "paragraph 1",
                "=HYPERLINK(\"http://evil\") +1 -2 @sum");
        Forum ppf = new Forum("paris-peace-forum", new Names(Map.of(Lang.EN, "Paris Peace Forum",
                Lang.AR, "منتدى باريس للسلام"), Map.of()), ForumKind.SUMMIT, List.of("FRA"), 1, List.of());
        Forum dialogue = new Forum("eu-ohchr-dialogue", new Names(Map.of(Lang.EN, "EU–OHCHR Strategic Dialogue",
                Lang.AR, "الحوار الاستراتيجي بين الاتحاد الأوروبي ومفوضية حقوق الإنسان"), Map.of()),
                ForumKind.BILATERAL_INSTITUTIONAL_DIALOGUE, List.of("EU", "OHCHR"), 0, List.of());
        Forum alliance = new Forum("alliance-multilateralism", new Names(Map.of(Lang.EN, "Alliance for Multilateralism",
                Lang.AR, "التحالف من أجل تعددية الأطراف"), Map.of()), ForumKind.ALLIANCE, List.of("FRA", "DEU"), 0,
                List.of());
        List<Actor> actors = List.of(
                actor("FRA", ActorType.STATE, "France", "فرنسا"),
                actor("DEU", ActorType.STATE, "Germany", "ألمانيا"),
                actor("EU", ActorType.REGIONAL_ORGANISATION, "European Union", "الاتحاد الأوروبي"),
                actor("OHCHR", ActorType.UN_ENTITY, "Office of the UN High Commissioner for Human Rights",
                        "مفوضية الأمم المتحدة السامية لحقوق الإنسان"));
        Person bachelet = new Person("michelle-bachelet", new Names(Map.of(Lang.EN, "Michelle Bachelet",
                Lang.AR, "ميشيل باشليه"), Map.of()), "High Commissioner for Human Rights", "OHCHR", List.of());
        List<Topic> topics = List.of(
                topic("climate", "Climate", "المناخ", null),
                topic("climate-security", "Climate and security", "المناخ والأمن", "climate"),
                topic("digital-governance", "Digital governance", "الحوكمة الرقمية", null),
                topic("civic-space", "Civic space", "الفضاء المدني", null));
        List<Meeting> meetings = List.of(
                meeting("am-2021-02-ministerial", "alliance-multilateralism", "Alliance ministerial",
                        "2021", null, MeetingMode.VIRTUAL, List.of("FRA", "DEU"), List.of("digital-governance"),
                        ppfSource),
                meeting("ppf-2021-4th-edition", "paris-peace-forum", "Paris Peace Forum, 4th edition",
                        "2021-11-11", "2021-11-13", MeetingMode.HYBRID, List.of("FRA"),
                        List.of("digital-governance", "climate-security", "civic-space"), ppfSource),
                meeting("euohchr-2021-10-first-dialogue", "eu-ohchr-dialogue", "First EU–OHCHR Strategic Dialogue",
                        "2021-10-13", null, MeetingMode.IN_PERSON, List.of("EU", "OHCHR"),
                        List.of("digital-governance", "climate", "civic-space"), formulaLike));
        return new FactSet(List.of(alliance, ppf, dialogue), actors, List.of(bachelet), topics, meetings);
    }

    private static List<Finding> findings() {
        return List.of(
                new Finding("f-overlap-digital", "topic-overlap", Category.OVERLAP, Severity.HIGH, 2,
                        "Digital governance was raised in 2 forums in 2021-Q4.", "digital-governance", "2021-Q4",
                        List.of("eu-ohchr-dialogue", "paris-peace-forum"), List.of(),
                        List.of("euohchr-2021-10-first-dialogue", "ppf-2021-4th-edition"), List.of("digital-governance")),
                new Finding("f-emerging-civic", "emerging-topic", Category.TREND, Severity.MEDIUM, 1,
                        "Civic space appears for the first time in 2021-Q4.", "civic-space", "2021-Q4",
                        List.of("eu-ohchr-dialogue", "paris-peace-forum"), List.of(),
                        List.of("euohchr-2021-10-first-dialogue", "ppf-2021-4th-edition"), List.of("civic-space")),
                new Finding("f-cochair-eu-ohchr", "recurring-co-chairs", Category.ACTOR, Severity.LOW, 1,
                        "EU and OHCHR co-chaired together.", "EU+OHCHR", "2021-Q4",
                        List.of("eu-ohchr-dialogue"), List.of("EU", "OHCHR"),
                        List.of("euohchr-2021-10-first-dialogue"), List.of()),
                new Finding("f-quality-year-only", "year-only-date-in-quarter", Category.QUALITY, Severity.LOW, 0,
                        "Alliance ministerial is dated only to 2021, so it cannot be placed in 2021-Q4.",
                        "am-2021-02-ministerial", "2021-Q4", List.of("alliance-multilateralism"), List.of(),
                        List.of("am-2021-02-ministerial"), List.of()));
    }

    private static TopicTrendTable trend() {
        return new TopicTrendTable(List.of("2020-Q4", "2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"), List.of(
                new TopicTrendTable.Row("climate", "climate", false, List.of(0, 0, 0, 0, 2)),
                new TopicTrendTable.Row("climate-security", "climate", true, List.of(0, 0, 0, 0, 1)),
                new TopicTrendTable.Row("digital-governance", "digital-governance", false, List.of(0, 1, 0, 0, 2)),
                new TopicTrendTable.Row("civic-space", "civic-space", false, List.of(0, 0, 0, 0, 2))));
    }

    private static OverlapMatrix overlap() {
        return new OverlapMatrix(List.of("climate", "climate-security", "digital-governance", "civic-space"),
                List.of("paris-peace-forum", "eu-ohchr-dialogue"),
                List.of(List.of(1, 1), List.of(1, 0), List.of(1, 1), List.of(1, 1)),
                List.of(new OverlapMatrix.ForumSimilarity("eu-ohchr-dialogue", "paris-peace-forum", 0.75,
                        List.of("civic-space", "climate", "digital-governance"))));
    }

    private static List<RuleAudit> audit() {
        return List.of(
                new RuleAudit("topic-overlap", "overlaps/topic-overlap.drl", 12, "overlap", "high",
                        "A topic raised in at least N forums", 3, 3, 5),
                new RuleAudit("family-mention", "derive/mentions.drl", 5, "derive", "", "Counts a child for its family",
                        4, 0, 4));
    }

    private static Actor actor(String id, ActorType type, String en, String ar) {
        return new Actor(id, type, "Europe", new Names(Map.of(Lang.EN, en, Lang.AR, ar), Map.of()), List.of());
    }

    private static Topic topic(String id, String en, String ar, String parent) {
        return new Topic(id, Map.of(Lang.EN, en, Lang.AR, ar), Map.of(), parent);
    }

    private static Meeting meeting(String id, String forum, String title, String start, String end, MeetingMode mode,
                                   List<String> coChairs, List<String> topics, Source source) {
        return new Meeting(id, forum, title, PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                mode == MeetingMode.VIRTUAL ? "" : "Paris", mode, MeetingLevel.MINISTERIAL, coChairs, List.of(),
                coChairs, List.of(), null, "", topics, List.of("Paris Call for Trust and Security in Cyberspace"),
                List.of(), List.of(source));
    }
}
