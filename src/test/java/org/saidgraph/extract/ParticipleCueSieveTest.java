package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speech verbs that are not finite — a participle opening or closing the sentence, an infinitive of purpose — speak
 * for the subject of the clause they hang on ({@link ParticipleCueSieve}); the sentences are invented, of the shapes
 * PolNeAR's annotators attribute.
 */
class ParticipleCueSieveTest {

    private static final ListTagger NOBODY = ListTagger.people();

    @Test
    void aParticipleOpeningTheSentenceSpeaksForTheSubjectOfTheMainClause() {
        Extraction x = Extraction.of("Claiming the water tax was designed to punish farmers, the senator told the "
                + "council that she would vote against it.", NOBODY);
        Statement claim = x.the("the water tax was designed to punish farmers");
        assertThat(claim.act()).isEqualTo("claim");
        assertThat(x.name(claim.speaker())).containsIgnoringCase("senator");
    }

    @Test
    void aParticipleAfterTheClauseSpeaksForTheSubjectOfTheVerbItContinues() {
        Extraction x = Extraction.of("The mayor spoke at length on Tuesday, warning against the harbour plan and its "
                + "costs.", NOBODY);
        Statement warning = x.the("the harbour plan and its costs");
        assertThat(warning.act()).isEqualTo("warning");
        assertThat(x.name(warning.speaker())).containsIgnoringCase("mayor");
    }

    @Test
    void anInfinitiveOfPurposeSpeaksForTheSubjectOfItsVerb() {
        Extraction x = Extraction.of("The union leader flew to the capital last week to denounce the new port fees.",
                NOBODY);
        Statement condemnation = x.the("the new port fees");
        assertThat(condemnation.act()).isEqualTo("condemnation");
        assertThat(x.name(condemnation.speaker())).containsIgnoringCase("union leader");
        assertThat(Extraction.of("The senator took to the radio on Sunday to defend her vote on the water tax.",
                NOBODY).statement("her vote on the water tax")).isPresent();
    }

    @Test
    void aThingPostedAPlaceSpokenAtOrAPersonEchoedIsNotWhatWasSaid() {
        assertThat(Extraction.of("After posting some of the photos she was asked to post, the clerk went home.", NOBODY)
                .dataset().statements()).isEmpty();
        assertThat(Extraction.of("The station covered the vote as a triumph, echoing Mr. Smith.", NOBODY)
                .dataset().statements()).isEmpty();
        assertThat(Extraction.of("Speaking at a rally in Dover, the senator said the city would borrow more.", NOBODY)
                .dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("rally"));
    }

    @Test
    void aParticipleOnANounSpeaksForThatNounOrForTheAuthorOfTheDocumentItNames() {
        Extraction petition = Extraction.of("The harbour council received a petition calling on the mayor to resign "
                + "over the port fees.", NOBODY);
        assertThat(petition.speakerName("the mayor to resign over the port fees")).containsIgnoringCase("petition");
        Extraction email = Extraction.of("The dock workers' union sent out an email saying that the new port fees "
                + "would cost hundreds of jobs.", NOBODY);
        assertThat(email.speakerName("the new port fees would cost hundreds of jobs")).containsIgnoringCase("union");
        Extraction statement = Extraction.of("The dock workers' union wrote in a statement explaining that the new "
                + "port fees would cost hundreds of jobs.", NOBODY);
        assertThat(statement.speakerName("the new port fees would cost hundreds of jobs"))
                .containsIgnoringCase("union");
    }

    @Test
    void aTrailingParticipleThatTheParseLostSpeaksForTheSubjectOfTheMainSpeechVerb() {
        Extraction x = Extraction.of("The mayor denied claims that the council had misused the fund, calling them "
                + "\"a smear.\"", SharedCoreNlp.ANALYZER);
        assertThat(x.containing("a smear").text()).startsWith("them");
        assertThat(x.name(x.containing("a smear").speaker())).isEqualTo("Mayor");
    }

    @Test
    void aParticipleAfterAQuotedPredicateTheParseMadeTheRootSpeaksForTheSpeechVerbsSubject() {
        // Found extracting an article of our own: the parse made "dead" the root and hung "declared" on the dateline's
        // place, which then spoke the criticism.
        Extraction x = Extraction.of("Border Deal Is Dead\n\nDORVAL — Senator Ruth Amsel declared on Monday that the "
                + "border agreement negotiated last spring was “dead,” blaming the opposition for what she called “a "
                + "campaign of sabotage.”", ListTagger.people("Ruth Amsel"));
        Statement blame = x.containing("the opposition");
        assertThat(blame.act()).isEqualTo("criticism");
        assertThat(x.name(blame.speaker())).isEqualTo("Ruth Amsel");
    }
}
