package org.briefingengine.render.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.briefingengine.analysis.OverlapMatrix;
import org.briefingengine.analysis.OverlapMatrix.ForumSimilarity;

/**
 * Cross-forum overlap: the topic × forum count matrix, forum-to-forum similarity, and a bar chart of how many
 * forums raised each of the most widely shared topics.
 */
final class OverlapSheet {

    static final int TOP_TOPICS = 10;

    private final OverlapMatrix overlap;
    private final Directory directory;

    OverlapSheet(OverlapMatrix overlap, Directory directory) {
        this.overlap = overlap;
        this.directory = directory;
    }

    void write(SheetWriter sheet) {
        List<String> topics = overlap.topics();
        List<String> forums = overlap.forums();
        List<ForumSimilarity> similar = overlap.similarities();
        List<String> reach = topTopics();

        List<String> matrixHeaders = new ArrayList<>(List.of("Topic id", "Topic"));
        matrixHeaders.addAll(forums);
        matrixHeaders.add("Forums");
        int similarityColumn = matrixHeaders.size() + 1;
        int reachColumn = similarityColumn + 5;
        sheet.cap(similarityColumn + 3, 45);
        int header = sheet.rowIndex();
        Blocks.write(sheet, List.of(
                new Blocks.Block("TopicForumCounts", matrixHeaders, topics.size(), (i, row) -> {
                    row.text(topics.get(i)).text(directory.topicLabel(topics.get(i)));
                    overlap.counts().get(i).forEach(row::integer);
                    row.integer(overlap.forumCount(topics.get(i)));
                }, "No topic was raised in this period."),
                new Blocks.Block("ForumSimilarity", List.of("Forum A", "Forum B", "Jaccard", "Shared topics"),
                        similar.size(), (i, row) -> row.text(similar.get(i).forumA()).text(similar.get(i).forumB())
                        .decimal(similar.get(i).jaccard()).list(similar.get(i).sharedTopics()),
                        "No two forums met in this period."),
                new Blocks.Block("TopicReach", List.of("Top topic", "Forums raising it"), reach.size(),
                        (i, row) -> row.text(directory.topicLabel(reach.get(i)))
                                .integer(overlap.forumCount(reach.get(i))),
                        "No topic was raised in this period.")));
        sheet.colourScale(header + 1, header + topics.size(), 2, 1 + forums.size());
        sheet.freeze(0);
        sheet.skip(1);
        sheet.note("Counts are meetings per topic per forum; a child topic also counts for its family. Jaccard is "
                + "shared topics over all topics of the two forums (1 = the same topics).");
        if (!reach.isEmpty()) {
            chart(sheet, header, reach, reachColumn);
        }
    }

    private List<String> topTopics() {
        List<String> topics = new ArrayList<>(overlap.topics());
        topics.removeIf(t -> overlap.forumCount(t) == 0);
        topics.sort(Comparator.comparingInt((String t) -> -overlap.forumCount(t))
                .thenComparingInt(overlap.topics()::indexOf));
        return topics.subList(0, Math.min(TOP_TOPICS, topics.size()));
    }

    private void chart(SheetWriter sheet, int header, List<String> reach, int reachColumn) {
        int first = header + 1;
        int last = header + reach.size();
        Charts.Series series = new Charts.Series("Forums raising the topic",
                new CellReference(sheet.name(), header, reachColumn + 1, true, true),
                reach.stream().map(overlap::forumCount).toArray(Integer[]::new),
                new CellRangeAddress(first, last, reachColumn + 1, reachColumn + 1));
        Charts.bar(sheet, new Charts.Box(0, sheet.rowIndex() + 1, 10, 22), "Number of forums per topic",
                reach.stream().map(directory::topicLabel).toList(),
                new CellRangeAddress(first, last, reachColumn, reachColumn), List.of(series));
    }
}
