package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A statement in full context. {@code firstHand} is false when the words reached us only through others; then
 * {@code relayChain} lists who passed them on, nearest the speaker first (Putin's demands: Musk, then Bremmer).
 * {@code reportedIn}, {@code replies} and {@code deniedBy} list at most 100 statements each; {@code counts} has
 * how many there are in all.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementView(
        String id,
        String text,
        boolean verbatim,
        String act,
        String medium,
        String date,
        Double confidence,
        String origin,
        EntityRef speaker,
        boolean firstHand,
        List<RelayStep> relayChain,
        List<StatementRef> reports,
        List<StatementRef> reportedIn,
        List<StatementRef> respondsTo,
        List<StatementRef> denies,
        List<StatementRef> replies,
        List<StatementRef> deniedBy,
        List<EntityRef> addressedTo,
        List<MentionView> mentions,
        Source source,
        Counts counts) {

    /** How many statements reply to, deny and relay this one. */
    @Schema(name = "StatementCounts") // not the loader's Counts in the API description
    public record Counts(long replies, long deniedBy, long reportedIn) {
    }

    public StatementRef ref() {
        return new StatementRef(id, text, act, verbatim, speaker);
    }
}
