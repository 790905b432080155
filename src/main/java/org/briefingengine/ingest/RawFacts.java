package org.briefingengine.ingest;

import java.util.ArrayList;
import java.util.List;
import org.briefingengine.model.Actor;
import org.briefingengine.model.Forum;
import org.briefingengine.model.Meeting;
import org.briefingengine.model.Parameter;
import org.briefingengine.model.Person;
import org.briefingengine.model.SourceDocument;
import org.briefingengine.model.Topic;

/** What binding produced from every file, before cross-file validation. */
final class RawFacts {
    final List<Located<Forum>> forums = new ArrayList<>();
    final List<Located<Actor>> actors = new ArrayList<>();
    final List<Located<Person>> persons = new ArrayList<>();
    final List<Located<Topic>> topics = new ArrayList<>();
    final List<Located<Meeting>> meetings = new ArrayList<>();
    final List<Located<Parameter>> parameters = new ArrayList<>();
    final java.util.Map<String, ParameterSpec> parameterSpecs = new java.util.TreeMap<>();
    final List<Located<SourceDocument>> sources = new ArrayList<>();
    /** What each meeting refers to, kept even when the meeting could not be bound, so every reference is checked. */
    final List<Located<MeetingRefs>> meetingRefs = new ArrayList<>();

    /** The ids one meeting refers to; {@code forum} is null when it was missing or not a string. */
    record MeetingRefs(String forum, List<String> coChairs, List<String> hosts, List<String> participants,
                       List<String> people, List<String> topics, java.util.Set<String> weightedTopics) {
    }
}
