package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule locative-place: a place named where something happened ("in Dayton, Ohio, promising …", "at a Tulsa,
 * Oklahoma town hall") is no speaker; the sentence's subject is. Seen on PolNeAR train giving promises and claims to
 * "Ohio government" and the like; the sentences here are invented.
 */
class LocativePlaceTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Anna Lind", "PERSON", "Tom Ruiz", "PERSON",
            "Dayton", "LOCATION", "Ohio", "LOCATION", "Tulsa", "LOCATION", "Oklahoma", "LOCATION", "Norway",
            "LOCATION"));

    @Test
    void aCityAndStateWhereTheSpeakerWasAreNotTheSpeaker() {
        Extraction x = Extraction.of("On the day of the summit, Anna Lind was 300 miles away in Dayton, Ohio, "
                + "promising to cut the harbour fees and reopen the old port by the spring.", NAMES);
        assertThat(x.name(x.containing("to cut the harbour fees").speaker())).isEqualTo("Anna Lind");
    }

    @Test
    void aPlaceModifyingTheOccasionIsNotTheSpeaker() {
        Extraction x = Extraction.of("\"We will win this fight,\" Tom Ruiz said at a Tulsa, Oklahoma town hall on "
                + "Thursday, hinting at his plan for winning over the undecided delegates.", NAMES);
        assertThat(x.name(x.containing("his plan for winning over").speaker())).isEqualTo("Tom Ruiz");
    }

    @Test
    void theStateARepresentativeIsFromDoesNotSpeakForHim() {
        // Rule locative-place-subject: the sentence's subject before the place speaks.
        Extraction x = Extraction.of("Anna Lind runs the ferry company. Representative Tom Ruiz of Oklahoma, a "
                + "Democrat who served in the navy, denounced Ms. Lind's remarks.", NAMES);
        assertThat(x.name(x.containing("Ms. Lind's remarks").speaker())).isEqualTo("Tom Ruiz");
    }

    @Test
    void aCountryThatOpensItsClauseStillSpeaks() {
        // The rule passes over places after a preposition only.
        Extraction x = Extraction.of("Norway said on Monday that the treaty would be signed by the end of the year.",
                NAMES);
        assertThat(x.name(x.containing("the treaty would be signed").speaker())).containsIgnoringCase("Norway");
    }
}
