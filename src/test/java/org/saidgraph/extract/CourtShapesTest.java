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
}
