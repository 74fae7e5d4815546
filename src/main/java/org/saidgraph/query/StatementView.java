package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A statement in full context. {@code firstHand} is false when the words reached us only through others (someone
 * relays them, or another statement reports them); then {@code relayChain} lists who passed them on, nearest the
 * speaker first (Putin's demands: Musk, then Bremmer). {@code disputed} is true when a statement denies this one or
 * denies a statement that relays it, at any depth; {@code disputedBy} lists those denials (Musk's denials of
 * Bremmer's claim dispute the demands the claim relays). {@code reportedIn}, {@code replies}, {@code deniedBy} and
 * {@code disputedBy} list at most 100 statements each; {@code counts} has how many there are in all of the first
 * three. {@code date} is the day the words were said and {@code dateSource} where it comes from: {@code text} (the
 * article states it), {@code published} (the article's date stands in) or {@code external} (the dataset's curator
 * established it). {@code utterance} groups the statement with the other reports of the same words. {@code parts}:
 * only for a verbatim statement whose quotation its attribution interrupts ("A," she said, "B."), its pieces, each
 * to be put in its own quotation marks with " … " between them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementView(
        String id,
        String text,
        boolean verbatim,
        String act,
        String medium,
        String date,
        String dateSource,
        Double confidence,
        String origin,
        EntityRef speaker,
        boolean firstHand,
        List<RelayStep> relayChain,
        boolean disputed,
        List<StatementRef> disputedBy,
        List<StatementRef> reports,
        List<StatementRef> reportedIn,
        List<StatementRef> respondsTo,
        List<StatementRef> denies,
        List<StatementRef> replies,
        List<StatementRef> deniedBy,
        List<EntityRef> addressedTo,
        List<MentionView> mentions,
        Source source,
        Counts counts,
        UtteranceRef utterance,
        List<QuotePart> parts) {

    /** How many statements reply to, deny and relay this one. */
    @Schema(name = "StatementCounts") // not the loader's Counts in the API description
    public record Counts(long replies, long deniedBy, long reportedIn) {
    }

    public StatementRef ref() {
        return new StatementRef(id, text, act, verbatim, speaker, parts);
    }
}
