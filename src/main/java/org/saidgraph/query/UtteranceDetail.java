package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An utterance: the same words of one speaker as one or more articles report them. {@code text} is the fullest
 * wording (the longest verbatim quote when any occurrence quotes it; then {@code verbatim} is true), {@code date} the
 * day it was said, {@code firstSeen} and {@code lastSeen} the first and last days an article carried it,
 * {@code outlets} the outlets that did (at most 100, by name), and {@code reports} its occurrences, earliest first,
 * paged: each statement with how it matches the text, its outlet and its source passage.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UtteranceDetail(String id, String text, boolean verbatim, EntityRef speaker, String date,
                              String firstSeen, String lastSeen, long occurrences, List<EntityRef> outlets,
                              Page<Report> reports) {

    /** One occurrence: the statement, how its words match the utterance's text (with a score), and its outlet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(String match, Double score, EntityRef outlet, StatementView statement) {
    }
}
