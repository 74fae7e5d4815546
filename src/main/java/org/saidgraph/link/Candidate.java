package org.saidgraph.link;

/**
 * A statement the index returned for {@code forStatement}: possibly the same utterance. {@code utteranceId},
 * {@code utteranceText} and {@code utteranceVerbatim} describe the utterance it belongs to, or are null and false
 * when it is itself being linked in the same run.
 */
public record Candidate(String forStatement, LinkStatement statement, String utteranceId, String utteranceText,
                        boolean utteranceVerbatim) {
}
