package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of reported speech from the session-9 error analysis on PolNeAR (the sentences are invented for these
 * tests): an object reading ends before the circumstances of the speaking ({@link SpeakingCircumstance}); an
 * attribution after its clause is read when the parser hangs it on the clause, and ends before a clause of "as".
 */
class ReportedShapesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void anObjectEndsBeforeTheOccasionOfTheSpeaking() {
        assertSpoken("Ana Okafor denounced the harbour closure in a late-night diatribe.", "the harbour closure",
                "Ana Okafor");
    }

    @Test
    void anObjectEndsBeforeAClauseOfTimeOfTheSpeaking() {
        assertSpoken("Lena Brandt denied the allegations until the audit was published.", "the allegations",
                "Lena Brandt");
    }

    @Test
    void whatFollowsTheObjectAndIsSaidStaysInTheStatement() {
        assertSpoken("Ana Okafor accused the council of hiding the costs.", "the council of hiding the costs",
                "Ana Okafor");
    }

    @Test
    void aPrepositionalPhraseThatIsNoOccasionStaysInTheStatement() {
        assertSpoken("Lena Brandt praised the council's generosity in support of the night shelter.",
                "the council's generosity in support of the night shelter", "Lena Brandt");
    }

    @Test
    void anObjectThatTheParserReadsAsTheSubjectOfAParticipleIsStillWhatWasSaid() {
        Extraction x = Extraction.of("Some state officials praised the harbour master's work restoring the pier.",
                PEOPLE);
        assertThat(x.the("the harbour master's work restoring the pier").speaker()).isNotNull();
    }

    @Test
    void anAttributionAfterItsClauseEndsBeforeAClauseOfTimeAfterIt() {
        Extraction x = Extraction.of("The harbour will close in May, top local lawmakers said Friday afternoon, as "
                + "they met in the town hall.", PEOPLE);
        assertThat(x.the("The harbour will close in May")).isNotNull();
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("town hall"));
    }

    @Test
    void anInvertedAttributionAfterAConcessionAttributesTheWholeClause() {
        Extraction x = Extraction.of("Lena Brandt runs the ferry.\nThe fares rose by a third in two years, but for "
                + "some the losses would be small, said Brandt.", PEOPLE);
        assertThat(x.speakerName("The fares rose by a third in two years, but for some the losses would be small"))
                .isEqualTo("Lena Brandt");
    }

    @Test
    void aClauseOpeningWithNeitherIsWhatWasSaid() {
        // Rule correlative-start (session 20): "neither", tagged as a conjunction, opens the clause, not a conjunct.
        Extractor.Traced t = new Extractor(PEOPLE, Extraction.GAZETTEER).extractTraced(new ArticleInput("Beyond "
                + "that, Ana Okafor's aides say that neither candidate can win the 300 votes needed on the first "
                + "ballot alone, and they say that would leave the choice to the board.", "Test article", null, null,
                null, null), KnownEntities.none());
        assertThat(t.dataset().statements()).anyMatch(s -> s.text().startsWith("neither candidate can win")
                && t.rules().get(s.id()).equals("verb-complement"));
    }

    @Test
    void anOpeningClauseWhoseReportedVerbTheParseMadeItsHeadEndsAtItsComma() {
        // Rule opening-clause-comma (session 20): the parse hangs "say" on "play", the verb of what was said.
        Extraction x = Extraction.of("While the top candidates of both county parties say the harbour board must "
                + "play a prominent role in confronting the flood threat, they differ by degree in their support for "
                + "what would be a new levy in all but name.", PEOPLE);
        assertThat(x.the("the harbour board must play a prominent role in confronting the flood threat").speaker())
                .isNotNull();
    }

    private static void assertSpoken(String text, String statement, String speaker) {
        assertThat(Extraction.of(text, PEOPLE).speakerName(statement)).isEqualTo(speaker);
    }
}
