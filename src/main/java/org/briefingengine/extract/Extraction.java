package org.briefingengine.extract;

import java.util.List;
import org.briefingengine.model.Lang;

/**
 * What one article yields: its draft meetings, register entries proposed for names the registers lack, and what
 * the reviewer must decide that belongs to no single meeting.
 */
public record Extraction(Article article, Lang language, List<DraftMeeting> meetings, List<Proposal> proposals,
                         List<String> review) {

    public Extraction {
        meetings = List.copyOf(meetings);
        proposals = List.copyOf(proposals);
        review = List.copyOf(review);
    }

    /** A new actor or forum for the registers: an id to confirm, the text as found, and where. */
    public record Proposal(String section, String id, String text, Evidence evidence, String why) { }
}
