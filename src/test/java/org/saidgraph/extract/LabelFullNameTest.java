package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule label-full-name ({@link SpeakerLabelSieve}): a label of several words that the tagger found no name in is
 * still its speaker's when it is the full name of someone the article names (invented text).
 */
class LabelFullNameTest {

    @Test
    void aLabelThatIsTheFullNameOfSomeoneTheArticleNamesIsTheirs() {
        // The list tagger names "Ruth Hollis" only as written, so the label in capitals is no name mention.
        Extraction x = Extraction.of("RUTH HOLLIS: I might run for the harbor board again.\n\n"
                + "Ruth Hollis, a former ferry captain, spoke in Brantford on Monday.\n",
                ListTagger.people("Ruth Hollis"));
        assertThat(x.speakerName("I might run for the harbor board again.")).isEqualTo("Ruth Hollis");
    }
}
