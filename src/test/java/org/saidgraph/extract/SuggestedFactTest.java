package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule suggested-fact ({@link SuggestedFact}): "suggest" with a clause in the indicative is a claim; with a noun, a
 * subjunctive or "should" it stays a proposal. Found on an article of our own; the sentences are invented.
 */
class SuggestedFactTest {

    private static final ListTagger PEOPLE = ListTagger.people("Greta Lindqvist", "Tom Reyes");

    private static String actOf(String sentence, String words) {
        Extraction x = Extraction.of("Ferry talks\n\n" + sentence + "\n", PEOPLE);
        return x.containing(words).act();
    }

    @Test
    void aSuggestedFactIsAClaim() {
        assertThat(actOf("Greta Lindqvist suggested that the ferry company had misled the harbour board.",
                "the ferry company had misled")).isEqualTo("claim");
    }

    @Test
    void aSuggestedCourseOfActionStaysAProposal() {
        assertThat(actOf("Greta Lindqvist suggested that the harbour board should delay the vote until spring.",
                "the harbour board should delay")).isEqualTo("proposal");
        assertThat(actOf("Tom Reyes suggested a compromise on the ferry fares for pensioners.",
                "a compromise on the ferry fares")).isEqualTo("proposal");
    }
}
