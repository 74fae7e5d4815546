package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writing on a sign, a banner or a hat is the words of whoever holds or wears it (rule {@code displayed-words}),
 * and never of the last person quoted before it. The sentences are written for these tests.
 */
class DisplayedWordsTest {

    @Test
    void aSloganOnASignIsTheWordsOfWhoeverHeldItUp() {
        Extraction x = Extraction.of("“The ferry is a lifeline,” Tom Reyes said. Outside the hall, Ana Okafor held up "
                + "a sign reading “Save our crossing.”", ListTagger.people("Tom Reyes", "Ana Okafor"));
        assertThat(x.speakerName("Save our crossing.")).isEqualTo("Ana Okafor");
    }

    @Test
    void aSloganNobodyIsSaidToHoldIsNotGivenToTheLastPersonQuoted() {
        Extraction x = Extraction.of("“Nobody asked the children,” Ana Okafor said.\n\nParents filled the hall, and "
                + "several held signs reading “Keep the ferry running.”", ListTagger.people("Ana Okafor"));
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("Keep the ferry running"))
                .anyMatch(t -> t.contains("Nobody asked the children"));
    }

    @Test
    void wordsOnAHatSomeoneWoreAreTheirs() {
        Extraction x = Extraction.of("Lena Brandt spoke first. At the rally, Tom Reyes wore a hat that says “Ferries "
                + "not fares.”", ListTagger.people("Lena Brandt", "Tom Reyes"));
        assertThat(x.speakerName("Ferries not fares.")).isEqualTo("Tom Reyes");
    }
}
