package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speech verb the parse leaves without a subject or without content: a gerund after "by"/"after" that shares the
 * subject of its clause, a verb after "and"/"but" that shares the subject of the verb before it, a passive verb
 * whose subject is what was reported, "said so/yes/the same" in a poll report, a clause whose verb is the "’s"
 * of "he’s" (tagged a possessive). Each shape was seen missed on PolNeAR train; the sentences are invented.
 */
class CarriedSubjectsTest {

    private static final ListTagger NAMES = new ListTagger(Map.of("Anna Lind", "PERSON", "Tomas Berg", "PERSON",
            "Valley Herald", "ORGANIZATION"));

    @Test
    void aGerundAfterBySharesTheSubjectOfItsClause() {
        Extraction x = Extraction.of("Anna Lind closed the long meeting by saying that the harbour would stay open "
                + "all winter.", NAMES);
        assertThat(x.name(x.containing("the harbour would stay open").speaker())).isEqualTo("Anna Lind");
    }

    @Test
    void aFrontedGerundSaysOnlyWhatIsInItsPhrase() {
        Extraction x = Extraction.of("After boasting for a year about how little the bridge would cost, Tomas Berg "
                + "is now spending more freely on the harbour.", NAMES);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("spending more freely"));
    }

    @Test
    void aVerbAfterButSharesTheSubjectOfTheVerbBeforeIt() {
        Extraction x = Extraction.of("Tomas Berg cut the debt down to $25,000 in three years, but said he "
                + "couldn't finish the bridge because the council would not pay for the steel.", NAMES);
        assertThat(x.name(x.containing("he couldn't finish the bridge").speaker())).isEqualTo("Tomas Berg");
    }

    @Test
    void aPassiveSpeechVerbWithItsAgentReportsItsSubject() {
        Extraction x = Extraction.of("The plan to close the old harbour was first reported by the Valley Herald.",
                NAMES);
        Statement s = x.the("The plan to close the old harbour");
        assertThat(x.name(s.speaker())).isEqualTo("Valley Herald");
    }

    @Test
    void aPassiveVerbWithAHearerOrAReasonReportsNoSubject() {
        Extraction asked = Extraction.of("Tomas Berg was asked by the host about the harbour.", NAMES);
        assertThat(asked.statement("Tomas Berg")).isEmpty();
        Extraction reason = Extraction.of("Anna Lind has been criticized by her rivals for closing the harbour.", NAMES);
        assertThat(reason.statement("Anna Lind")).isEmpty();
    }

    @Test
    void aPollShareThatSaidTheSameSaidThoseWords() {
        Extraction x = Extraction.of("Six in ten voters said Anna Lind was honest, and 40 percent said the same of "
                + "Tomas Berg.", NAMES);
        assertThat(x.statement("the same of Tomas Berg")).isPresent();
    }

    @Test
    void aClauseWhoseVerbIsAContractedSIsWhatWasSaid() {
        Extraction x = Extraction.of("Friends of Tomas Berg swear he’s heading back to the ferry board as the same "
                + "blunt skipper he’s always been.", NAMES);
        assertThat(x.containing("heading back to the ferry board").text()).startsWith("he’s heading");
    }

}
