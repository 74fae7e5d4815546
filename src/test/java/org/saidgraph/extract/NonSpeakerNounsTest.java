package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An abstract noun that the parse makes the subject of a speech verb ("the ocean level rises" inside a relative clause
 * of the real subject) never speaks (rule {@value NonSpeakerNouns#RULE}, {@code non-speaker-nouns.tsv}): the person
 * named nearest the cue in the sentence does. On PolNeAR train such nouns were given as speakers ("End of the day",
 * "Sea level rises") where the gold names the person beside them. A document is no such noun: it still speaks. The
 * sentences are invented.
 */
class NonSpeakerNounsTest {

    private static final ListTagger PEOPLE = ListTagger.people("Jo Vey", "Anna Lind");

    @Test
    void anAbstractNounInsideTheSubjectsClauseLeavesThePersonAsSpeaker() {
        Extraction x = Extraction.of("Anna Lind, whose village is expected to sit underwater within a few decades as "
                + "the ice melts and the ocean level rises, argues that any effort to stop it will ''ruin our "
                + "fishing.''", PEOPLE);
        assertThat(x.name(x.containing("any effort to stop it").speaker())).isEqualTo("Anna Lind");
    }

    @Test
    void aDocumentStillSpeaks() {
        Extraction x = Extraction.of("Jo Vey opened the harbour on Monday. The council's report said that the ferry "
                + "fares would double by the spring.", PEOPLE);
        assertThat(x.name(x.containing("the ferry fares would double").speaker())).isNotEqualTo("Jo Vey");
    }
}
