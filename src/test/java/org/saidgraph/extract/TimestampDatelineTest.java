package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule timestamp-dateline ({@link Dateline#after}, {@link SubjectRepairs#datelineEnd}): a live blog's timestamp and
 * dash opening an item ("4:02 p.m. — …") are the blog's, not part of what was said, as a wire dateline is; a hyphen
 * inside a word opening the sentence ("Twenty-three") ends no dateline. The texts are invented for these tests.
 */
class TimestampDatelineTest {

    private static final ListTagger NAMES = new ListTagger(java.util.Map.of("Coastline Energy", "ORGANIZATION",
            "Paul Hensley", "PERSON"));

    @Test
    void aTimestampIsLeftOutOfWhatAnAccordingToPhraseAttributes() {
        Extraction x = Extraction.of("Storm updates\n\n4:02 p.m. — Power is out for about 80,000 customers in the "
                + "county, according to Coastline Energy.", NAMES);
        assertThat(x.containing("80,000 customers").text())
                .isEqualTo("Power is out for about 80,000 customers in the county");
    }

    @Test
    void aTimestampIsLeftOutOfWhatATrailingAttributionAttributes() {
        Extraction x = Extraction.of("Storm updates\n\n3:15 p.m. — The river bridge has been closed in both "
                + "directions, the state transportation department said.", NAMES);
        assertThat(x.containing("bridge").text()).isEqualTo("The river bridge has been closed in both directions");
    }

    @Test
    void aQuotationAfterATimestampIsReadAsAQuotation() {
        Extraction x = Extraction.of("Storm updates\n\n1:20 p.m. — \"We have never seen the river this high in "
                + "October,\" said Paul Hensley, who has lived in the town since 1980.", NAMES);
        assertThat(x.containing("never seen the river").verbatim()).isTrue();
        assertThat(x.speakerName(x.containing("never seen the river").text())).isEqualTo("Paul Hensley");
    }

    @Test
    void aHyphenedWordOpeningTheSentenceIsNoDateline() {
        Extraction x = Extraction.of("Storm report\n\nTwenty-three of the homes remained empty, according to "
                + "Coastline Energy.", NAMES);
        assertThat(x.containing("homes remained empty").text()).isEqualTo("Twenty-three of the homes remained empty");
    }

    @Test
    void aHyphenedWordBeforeATrailingAttributionIsNoDateline() {
        Extraction x = Extraction.of("Storm report\n\nTwenty-three of the homes remained empty, officials said.",
                NAMES);
        assertThat(x.containing("homes remained empty").text()).isEqualTo("Twenty-three of the homes remained empty");
    }

    @Test
    void aDashJoinedToAWireDatelineStillEndsIt() {
        Extraction x = Extraction.of("Storm report\n\nWASHINGTON—The bridge will stay closed, officials said.", NAMES);
        assertThat(x.containing("bridge will stay closed").text()).isEqualTo("The bridge will stay closed");
    }
}
