package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AccordingToSieve}: which words "according to X" attributes to X, by the shape of its sentence, and who X is
 * when the phrase names nobody as a whole. The sentences are invented for these tests.
 */
class AccordingToShapesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Tomas Brandt");

    /** Rule according-to-fronted: after a colon the phrase opens the clause that follows it. */
    @Test
    void afterAColonThePhraseOpensTheClauseAfterIt() {
        assertThat(said("The change has not gone unnoticed: According to two recent surveys, the mayor "
                + "holds only a third of the harbour vote.", "the mayor holds"))
                .isEqualTo("the mayor holds only a third of the harbour vote");
    }

    /** Rule according-to-fronted: after a subordinator, the clause it opens. */
    @Test
    void afterASubordinatorThePhraseOpensTheClauseAfterIt() {
        Extraction x = Extraction.of("The board will attend the hearing, because, according to Tomas Brandt, the "
                + "council would call it cowardly otherwise.", PEOPLE);
        assertThat(x.speakerName("the council would call it cowardly otherwise")).isEqualTo("Tomas Brandt");
    }

    /** Rule according-to-fronted: after the conjunction that opens the sentence, the rest of it. */
    @Test
    void afterTheSentencesOpeningConjunctionTheRestOfIt() {
        Extraction x = Extraction.of("But, according to the survey, 40 percent of the dock workers remain "
                + "undecided about the levy.", PEOPLE);
        assertThat(x.the("40 percent of the dock workers remain undecided about the levy")).isNotNull();
    }

    /** A relative clause describing the source is neither what was said nor where it ends. */
    @Test
    void aRelativeClauseOnTheSourceIsTheReportersDescription() {
        assertThat(said("According to the audit, which the harbour board published on Friday, the dredging would "
                + "close the inner basin for two seasons.", "the inner basin"))
                .isEqualTo("the dredging would close the inner basin for two seasons");
        assertThat(said("The ferry line will close in March, according to Tomas Brandt, who runs the quay.",
                "ferry line")).isEqualTo("The ferry line will close in March");
    }

    /** A conjunction inside the sentence does not: the subject before it goes with the verb after the phrase. */
    @Test
    void aConjunctionInsideTheSentenceKeepsItsSubject() {
        Extraction x = Extraction.of("The rise of the new port has alarmed the council so much that it has "
                + "replaced two directors and, according to clerks, approved a fresh timetable for the quays.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().startsWith("approved a fresh timetable"));
    }

    /** Rule according-to-after-colon: a clause closed by the phrase is X's only after its colon. */
    @Test
    void aClauseClosedByThePhraseIsOnlyWhatFollowsItsColon() {
        assertThat(said("At the same time, the levy has not driven the trade away: the harbour was the busiest on "
                + "the coast last year, according to one shipping index.", "the busiest on the coast"))
                .isEqualTo("the harbour was the busiest on the coast last year");
    }

    /** Rule according-to-parenthesis: a phrase closing a parenthesis attributes the parenthesis. */
    @Test
    void aPhraseClosingAParenthesisAttributesOnlyIt() {
        assertThat(said("Coastal towns like Marrow (nine in ten voters there were fishermen, according to the "
                + "census office), Dunley and Peel top the list of the harbour party's targets.", "nine in ten"))
                .isEqualTo("nine in ten voters there were fishermen");
    }

    /** Rule according-to-with: the absolute phrase of a figure before the phrase is what X found. */
    @Test
    void theAbsolutePhraseOfAFigureIsWhatXFound() {
        assertThat(said("Surveys show that voters like the harbour master more than either candidate, "
                + "with 56 percent of voters viewing him well, according to a survey in March.", "56 percent"))
                .isEqualTo("56 percent of voters viewing him well");
    }

    /** Rule according-to-head: a phrase that names nobody as a whole is named by its head noun. */
    @Test
    void aPhraseThatNamesNobodyIsNamedByItsHeadNoun() {
        Extraction x = Extraction.of("According to the clerk on duty at the ferry office that evening, the "
                + "story in the pamphlet is wholly false.", PEOPLE);
        assertThat(x.speakerName("the story in the pamphlet is wholly false")).containsIgnoringCase("clerk");
    }

    /** The one who made an analysis named with "by" is its source. */
    @Test
    void theAuthorOfAnAnalysisIsItsSource() {
        Extraction x = Extraction.of("The two judges remained the most cautious members of the court this term, "
                + "according to an analysis by Ana Okafor, a law professor at the harbour college.", PEOPLE);
        assertThat(x.speakerName("The two judges remained the most cautious members of the court this term"))
                .isEqualTo("Ana Okafor");
    }

    /** An apposition with a noun that is also a speech verb ("state") is no inner attribution. */
    @Test
    void aNounThatIsAlsoASpeechVerbIsNoInnerAttribution() {
        Extraction x = Extraction.of("Ana Okafor, a former minister of fisheries, joined the harbour talks on her own, "
                + "according to a wire report.", PEOPLE);
        assertThat(x.containing("joined the harbour talks on her own").text())
                .startsWith("Ana Okafor, a former minister of fisheries");
    }

    /** Cut attribution-after leaves the phrase alone when no clause stands before it. */
    @Test
    void aPhraseInsideAVerblessOpeningStaysInside() {
        Extraction x = Extraction.of("Among the harbour rules at risk, according to Tomas Brandt, are sixteen "
                + "involving fishing licences, including the quota rule of the last council.", PEOPLE);
        assertThat(x.containing("Among the harbour rules at risk").text()).contains("are sixteen involving");
    }

    /** The text of the statement of {@code text} that holds {@code words}. */
    /**
     * A source whose description runs to the sentence's end, with no verb in it, closes the sentence: the reading
     * ends before "according to", whatever the parse makes of the description (session 33).
     */
    @Test
    void aSourceDescribedToTheSentenceEndClosesTheSentence() {
        String text = "The ferry remained the busiest line this year, while the tram overtook the bus, according to "
                + "an analysis by Ana Okafor, an economist at Marrow College, and Lena Brandt, a planner in Portsea.";
        List<Found> found = new AccordingToSieve().find(StatementStartsTest.draft(text));
        assertThat(found).extracting(f -> text.substring(f.start, f.end))
                .containsExactly("The ferry remained the busiest line this year, while the tram overtook the bus");
    }

    /** Who conducted, compiled, released or filed a document only issued it: the document is the source. */
    @Test
    void theIssuerOfADocumentIsNotItsSource() {
        Extraction x = Extraction.of("According to a survey conducted by the Harbour Institute, most dock workers "
                + "oppose the new levy.", new ListTagger(java.util.Map.of("Harbour Institute", "ORGANIZATION")));
        assertThat(x.speakerName("most dock workers oppose the new levy")).containsIgnoringCase("survey")
                .doesNotContain("Harbour Institute");
    }

    private static String said(String text, String words) {
        return Extraction.of(text, PEOPLE).containing(words).text();
    }
}
