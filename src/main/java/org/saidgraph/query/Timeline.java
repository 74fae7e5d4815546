package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * A timeline: what an entity said (or what was said about a territory) from {@code from} to {@code to}, in buckets of
 * a {@code day} or a {@code week} (from Monday), earliest first; only buckets with statements are listed.
 * {@code statements} counts every statement in the range, {@code truncated} is true when there were more than the
 * timeline reads ({@value Timelines#MAX_STATEMENTS}); {@code undated} counts the entity's statements that have no date
 * (their article has no published date either) and so no place on any timeline.
 */
public record Timeline(EntityRef entity, String from, String to, String bucket, long statements, boolean truncated,
                       long undated, List<Bucket> buckets) {

    /**
     * One day or week: how many statements and utterances (the same words in several articles count once), how many
     * statements of each act, the positions taken (on which territory, by whom, in how many statements) and the
     * utterances, each once (its earliest statement in the bucket; at most {@value Timelines#MAX_ITEMS}).
     */
    public record Bucket(String start, String end, long statements, long utterances, Map<String, Long> acts,
                         List<PositionCount> positions, List<Item> items) {
    }

    /** A position on a territory, who took it in the bucket and in how many statements. */
    public record PositionCount(String territory, String position, List<EntityRef> speakers, long statements) {
    }

    /**
     * An utterance in a bucket: its earliest statement there, how many statements of the bucket report it
     * ({@code reports}) and in all ({@code occurrences}), with the statement's act, words and positions ({@code parts}:
     * a verbatim statement's pieces when its attribution interrupts it, each quoted on its own).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String statement, String utterance, String date, EntityRef speaker, String act, String text,
                       boolean verbatim, long reports, long occurrences,
                       List<TerritoryStatement.TerritoryPosition> positions, List<QuotePart> parts) {
    }
}
