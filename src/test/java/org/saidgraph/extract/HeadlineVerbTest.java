package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headline's present-tense speech verb, whatever the tagger reads it as (rule {@code headline-verb} in
 * {@link PatternVerbSieve}), and the circumstance a headline hangs on a verb's object (cut
 * {@code headline-circumstance}). The real tagger; invented headlines.
 */
class HeadlineVerbTest {

    @Test
    void aSpeechVerbTaggedAsPluralNounAfterANameInTheHeadlineIsTheHeadlinesVerb() {
        // The tagger reads "blasts" as a plural noun: no parse, no verb rule reads it.
        Extraction x = Extraction.of("Marlow blasts Delgado over harbor plan.\n\n"
                + "Mayor Ann Marlow criticized Councilman Pete Delgado on Tuesday.\n", SharedCoreNlp.ANALYZER);
        assertThat(x.speakerName("Delgado")).isEqualTo("Ann Marlow");
    }

    @Test
    void aNameWithANounAfterItIsNoSpeakerEvenWhenTheNounIsASpeechVerbsForm() {
        Extraction x = Extraction.of("More than 300 Marlow emails released before council vote.\n\n"
                + "Mayor Ann Marlow spoke in Brantford on Monday.\n", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(words -> words.startsWith("released"));
    }

    @Test
    void aHeadlinesObjectEndsBeforeTheCircumstanceHungOnIt() {
        Extraction x = Extraction.of("Governor Hollis Defends Port Budget Despite Delays.\n\n"
                + "Governor Ruth Hollis spoke in Brantford on Monday.\n", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(Statement::text).contains("Port Budget");
    }
}
