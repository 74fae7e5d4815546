package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attack whose target stands after a preposition ({@link TargetPhraseSieve}, rule {@code verb-target}): the
 * target, with what it is blamed for, is what was said. The sentences are invented, of the shapes PolNeAR's
 * annotators attribute.
 */
class TargetPhraseSieveTest {

    private static final ListTagger NOBODY = ListTagger.people();

    /** The one statement of {@code sentence} whose words are {@code target}, checked for its act and speaker. */
    private static void attacked(String sentence, String target, String act, String speaker) {
        Extraction x = Extraction.of(sentence, NOBODY);
        Statement s = x.the(target);
        assertThat(s.verbatim()).isFalse();
        assertThat(s.act()).isEqualTo(act);
        assertThat(x.name(s.speaker())).containsIgnoringCase(speaker);
    }

    @Test
    void theTargetOfARailingIsWhatWasSaidWithWhatItIsBlamedFor() {
        attacked("The senator railed against the new harbour fees for squeezing small fishing crews.",
                "the new harbour fees for squeezing small fishing crews", "condemnation", "senator");
    }

    @Test
    void theTargetOfALashingOutEndsBeforeTheOccasion() {
        attacked("The mayor lashed out at the port authority in a radio interview.", "the port authority",
                "criticism", "mayor");
    }

    @Test
    void aNounOfAttackThatItsSpeakerStepsUpNamesItsTarget() {
        attacked("The governor stepped up her attacks on the transit board's budget.", "the transit board's budget",
                "criticism", "governor");
    }

    @Test
    void whatASpeakerMakesNoMentionOfIsWhatTheWordsWereAbout() {
        attacked("The governor made no mention of the harbour levy in her speech on Tuesday.", "the harbour levy",
                "statement", "governor");
        attacked("Senator Odile Ruiz has made several comments about the ferry timetable.", "the ferry timetable",
                "statement", "Ruiz");
    }

    @Test
    void aCallThatItsSpeakerMakesIsADemandAndAvoidedCriticismStillNamesItsTarget() {
        attacked("Dana Pell made an urgent call for a recount of the ballots.", "a recount of the ballots", "demand",
                "Pell");
        attacked("The mayor avoided direct criticism of the quarry owners.", "the quarry owners", "criticism",
                "mayor");
    }

    @Test
    void aCarrierOfAttackHoldsNoNounOfSaying() {
        assertThat(Extraction.of("The senator doubled down on her remarks about the ferry board.", NOBODY).dataset()
                .statements()).extracting(Statement::text).noneMatch(t -> t.equals("the ferry board"));
    }

    @Test
    void attacksThatGoOnAreNoWordsAndAStrandedPrepositionHasNoTarget() {
        assertThat(Extraction.of("The rebels continued their attacks on the northern villages.", NOBODY).dataset()
                .statements()).extracting(Statement::text).noneMatch(t -> t.contains("northern villages"));
        assertThat(Extraction.of("The voters want to punish the establishment the governor rails against.", NOBODY)
                .dataset().statements()).extracting(Statement::text).noneMatch(t -> t.equals("the establishment"));
    }
}
