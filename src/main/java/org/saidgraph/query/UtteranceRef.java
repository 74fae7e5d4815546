package org.saidgraph.query;

import java.util.List;

/**
 * The utterance a statement is one occurrence of: the same words of the same speaker as other articles report them.
 * {@code match} says how this statement's words match the utterance's text ({@code exact}, {@code normalised},
 * {@code contained} in it, or a {@code paraphrase} of it); {@code occurrences} counts the statements, {@code firstSeen}
 * and {@code lastSeen} are the first and last days an article carried it, {@code outlets} the outlets that did (at
 * most 100, by name). Details and every occurrence: {@code /api/utterances/{id}}.
 */
public record UtteranceRef(String id, String match, long occurrences, String firstSeen, String lastSeen,
                           List<EntityRef> outlets) {
}
