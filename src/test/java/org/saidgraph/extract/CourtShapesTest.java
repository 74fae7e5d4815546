package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of court and police news (session 35): what prosecutors, judges, lawyers and court papers said, beside
 * the narration of charges, pleas and rulings around it. The sentences are invented for these tests.
 */
class CourtShapesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt", "Tomas Reyna");

    @Test
    void aConditionBeforeTheSentenceOfAReportedPenaltyIsPartOfWhatWasSaid() {
        // The parse may hang "If" on the clause as its head rather than as its marker; the words after the comma go
        // on with a clause of their own, so the whole is what the prosecutors said.
        Extraction x = Extraction.of("Tomas Reyna was arrested on Monday.\nIf convicted of arson, he faces up to 14 "
                + "years in prison, prosecutors said.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("If convicted of arson, he faces up to 14 years in prison");
        Extraction y = Extraction.of("Tomas Reyna was arrested on Monday.\nIf found guilty on all counts, the two men "
                + "face up to 30 years in prison, a spokeswoman for the prosecutor said.", PEOPLE);
        assertThat(y.dataset().statements()).extracting(Statement::text)
                .contains("If found guilty on all counts, the two men face up to 30 years in prison");
    }

    @Test
    void aSpeechParticipleAfterTheVerbsCircumstancesSaysWhatFollowsNotTheVerbBeforeIt() {
        Extractor.Traced traced = Extraction.traced("Tomas Reyna took the stand on Monday.\nTomas Reyna testified for "
                + "three hours, telling jurors that he never saw the money.", PEOPLE);
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .contains("he never saw the money").noneMatch(t -> t.startsWith("telling"));
        assertThat(traced.dropped()).anySatisfy(d -> assertThat(d.filter()).isEqualTo("participle-after-comma"));
    }

    @Test
    void whomAJudgeWritesForIsNotWhatTheJudgeSaid() {
        Extraction x = Extraction.of("The court struck down the statute.\nWriting for a 5-2 majority, Justice Ana "
                + "Okafor said the law could not stand.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the law could not stand").noneMatch(t -> t.contains("majority"));
    }

    @Test
    void checksCountedAsTheObjectOfWroteAreNotWhatWasWrittenAndTheIndictmentKeepsItsClaim() {
        Extraction x = Extraction.of("Tomas Reyna was arrested on Monday.\nThe indictment alleges that Tomas Reyna "
                + "wrote dozens of checks to a shell company he controlled.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.startsWith("dozens of checks"))
                .anyMatch(t -> t.contains("wrote dozens of checks"));
    }

    @Test
    void aPleaOfNotGuiltyDeniesTheChargeAndAGuiltyPleaIsNoAppeal() {
        Extraction x = Extraction.of("Tomas Reyna was arrested on Monday.\nTomas Reyna has pleaded not guilty to "
                + "bribery and extortion charges.\nLena Brandt pleaded guilty last year to conspiracy.", PEOPLE);
        assertThat(x.containing("not guilty to bribery").act()).isEqualTo("denial");
        assertThat(x.dataset().statements()).filteredOn(st -> st.text().startsWith("guilty"))
                .allSatisfy(st -> assertThat(st.act()).isEqualTo("statement"));
    }

    @Test
    void pleadingWithSomeoneStaysAnAppeal() {
        Extraction x = Extraction.of("The depot closed in May.\nAna Okafor pleaded with the council to reopen the "
                + "depot.", PEOPLE);
        assertThat(x.containing("reopen the depot").act()).isEqualTo("appeal");
    }

    @Test
    void declinedToCommentOnATopicIsARefusalWhenAReasonFollows() {
        Extraction x = Extraction.of("The trial resumed on Tuesday.\nA spokeswoman for the county declined to comment "
                + "on the testimony, citing the ongoing trial.", PEOPLE);
        assertThat(x.the("the testimony").act()).isEqualTo("refusal");
    }
}
