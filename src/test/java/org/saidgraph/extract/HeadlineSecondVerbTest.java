package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headline's second predicate after a comma ({@link HeadlineSecondVerb}: step {@code headline-second-verb-end},
 * rule {@code headline-second-verb}, cut {@code headline-second-predicate}) and the teaser after a dash or ", But"
 * (cut {@code headline-afterthought}). The real tagger; invented headlines.
 */
class HeadlineSecondVerbTest {

    @Test
    void aHeadlinesSecondVerbAfterACommaSaysItsOwnWordsWithTheFirstVerbsSpeaker() {
        // The tagger reads "Calls" as a plural noun and "Plan" as its verb; the first content ran on over both.
        Extraction x = Extraction.of("Mayor Says Fares Will Rise, Calls Plan ‘Reckless’\n\n"
                + "Mayor Ann Marlow spoke in Brantford on Monday.\n", SharedCoreNlp.ANALYZER);
        assertThat(x.speakerName("Fares Will Rise")).isEqualTo("Ann Marlow");
        assertThat(x.speakerName("Plan ‘Reckless’")).isEqualTo("Ann Marlow");
    }

    @Test
    void theFirstVerbsWordsEndBeforeASecondPredicateThatIsNoSpeech() {
        Extraction x = Extraction.of("Marlow declares ‘victory,’ ignores losses.\n\n"
                + "Mayor Ann Marlow spoke in Brantford on Monday.\n", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(Statement::text).isNotEmpty()
                .noneMatch(words -> words.contains("ignores"));
    }

    @Test
    void aSecondPredicateIsNeverWhatTheFirstVerbSaid() {
        // The parse hung "takes" on "hints" as its clause: "then takes it back" was read as the hint.
        Extraction x = Extraction.of("Senator Hollis hints at cabinet shakeup, then takes it back.\n\n"
                + "Senator Ruth Hollis spoke in Brantford on Monday.\n", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(Statement::text).contains("cabinet shakeup")
                .noneMatch(words -> words.contains("takes it back"));
    }

    @Test
    void aHeadlinesContentEndsBeforeATeaserAfterADash() {
        Extraction x = Extraction.of("Marlow Just Said Something Odd About The Ferry – Her Rivals Are Furious.\n\n"
                + "Mayor Ann Marlow spoke in Brantford on Monday.\n", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("Something Odd About The Ferry");
    }

    @Test
    void aHeadlinesContentEndsBeforeACommaAndBut() {
        Extraction x = Extraction.of("Hollis Claims Brantford Has The Best Harbor Ever, But ….\n\n"
                + "Senator Ruth Hollis spoke in Brantford on Monday.\n", SharedCoreNlp.ANALYZER);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("Brantford Has The Best Harbor Ever");
    }
}
