package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes of sentences around "said" that gave a wrong or no reported statement (all sentences invented). */
class SaidShapesTest {

    @Test
    void aConcessionBeforeAParentheticalAttributionBelongsToWhatWasSaidAfterIt() {
        Extraction e = Extraction.of("Tom Reyes has been the party's whip for years. Though the polls were close, he "
                + "said, replacing the nominee would be a grave mistake.", ListTagger.people("Tom Reyes"));
        assertThat(e.speakerName("Though the polls were close, he said, replacing the nominee would be a grave "
                + "mistake")).isEqualTo("Tom Reyes");
    }

    @Test
    void aClauseAroundAParentheticalAttributionStartsAfterAColon() {
        Extraction e = Extraction.of("Her neighbour, Karim Haddad, disagreed: the fares, he argued, had not risen in "
                + "ten years.", ListTagger.people("Karim Haddad"));
        assertThat(e.containing("had not risen in ten years").text())
                .isEqualTo("the fares, he argued, had not risen in ten years");
    }

    @Test
    void aFrontedSinceClauseWithTheSentenceAfterItIsAReportedSentence() {
        Extraction e = Extraction.of("Since Okafor has 2,000 more votes than Brandt, delegates who back her would be "
                + "defying the voters, Tom Reyes said.", ListTagger.people("Tom Reyes", "Okafor", "Brandt"));
        assertThat(e.speakerName("Since Okafor has 2,000 more votes than Brandt, delegates who back her would be "
                + "defying the voters")).isEqualTo("Tom Reyes");
    }

    @Test
    void aFrontedClauseOfTimeIsStillNotWhatWasSaid() {
        Extraction e = Extraction.of("When the mill closed in 1990, which hurt the town, Lena Brandt said the river "
                + "would come back.", ListTagger.people("Lena Brandt"));
        assertThat(e.dataset().statements()).extracting(Statement::text)
                .containsExactly("the river would come back");
    }

    @Test
    void aFrontedPhraseWithAClauseInsideItStillIsNotWhatWasSaid() {
        Extraction e = Extraction.of("In an apparent answer to the plans drafted by the council, including claims that "
                + "the river would rise, Lena Brandt stressed the need for new dams.", ListTagger.people("Lena Brandt"));
        assertThat(e.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.startsWith("In an apparent answer"));
    }

    @Test
    void thoseSurveyedOrThoseCloseToSomeoneAreAGroupThatSpeaks() {
        Extraction e = Extraction.of("By 60 to 30 percent, those surveyed say the new tax on fuel is too high. Those "
                + "close to Mayor Okafor say that she will not run again.", ListTagger.people("Okafor"));
        assertThat(e.speakerName("the new tax on fuel is too high")).isEqualTo("Those surveyed");
        assertThat(e.speakerName("she will not run again")).isEqualTo("Those close to Mayor Okafor");
        assertThat(e.dataset().entities()).filteredOn(x -> x.name().startsWith("Those"))
                .extracting(Entity::type).containsOnly(EntityType.GROUP);
    }

    @Test
    void thoseWhoseOwnDescriptionHoldsTheSpeechVerbAreNoSpeaker() {
        Extraction e = Extraction.of("Those who said the economy mattered most backed Okafor by a wide margin. "
                + "Those are the facts, Tom Reyes said.", ListTagger.people("Okafor", "Tom Reyes"));
        assertThat(e.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("the economy mattered most"));
        assertThat(e.speakerName("Those are the facts")).isEqualTo("Tom Reyes");
    }
}
