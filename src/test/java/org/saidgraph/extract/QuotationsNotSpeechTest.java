package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session 17's filters of what reports no speech ({@link BylineTitles}, {@link MarkupQuotes}, {@link NameCues},
 * {@link SectionHeadLabels}) and the readings the older filters no longer drop ({@link AddresseeAsContent},
 * {@link SpeakerAsContent}, {@code fronted-clause}): each shape removed beside the true shape that must stay. The
 * sentences are written for these tests.
 */
class QuotationsNotSpeechTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt", "Tom Reyes");

    @Test
    void aQuotedTitleCreditedToItsAuthorIsNotTheLastSpeakersWords() {
        String text = "Harbour notes.\nAna Okafor said the ferry would run all winter.\n"
                + "—“Harbour museum to close its doors at the end of May,” by the Gazette's Lena Brandt: the museum "
                + "will close.";
        assertDropped(text, "byline-title", "Harbour museum to close");
    }

    @Test
    void aQuotationCreditedByNoNameStays() {
        String text = "Harbour notes.\nAna Okafor spoke at the depot.\n“We will run the ferry all winter,” "
                + "by her own account, was her promise.";
        assertThat(filters(text)).doesNotContain("byline-title");
    }

    @Test
    void theMarksOfAMarkupAttributeAreNoQuotation() {
        String text = "Harbour notes.\nAna Okafor said the ferry would run all winter.\n"
                + "<tweet author=\"@harbourwatch\" date=\"March 9, 2016\n\">The depot is empty tonight, and the ferry "
                + "is late again.\nThe council met on Monday.";
        assertDropped(text, "markup-quote", "March 9", "@harbourwatch");
    }

    @Test
    void aShortLabelledHeadingBetweenParagraphsOfNarrationIsNotSpeech() {
        String text = "What each candidate needs on Tuesday.\nThe harbour vote is close.\nOkafor: Now or never.\n"
                + "Ana Okafor, who trails by two points, needs the harbour ward to turn out.\nBrandt: Hold the line.\n"
                + "Lena Brandt leads in the hill wards.";
        assertDropped(text, "section-head-label", "Now or never", "Hold the line");
        assertThat(filters(text)).containsOnly("section-head-label");
    }

    @Test
    void aTranscriptsShortTurnStays() {
        String text = "The harbour debate.\nThe debate ran late.\nBRANDT: Why not debate?\nOKAFOR: Because the ferry "
                + "runs all winter and the council knows it.";
        Extraction x = Extraction.of(text, ListTagger.people("Ana Okafor", "Lena Brandt", "BRANDT", "OKAFOR"));
        assertThat(x.dataset().statements()).extracting(Statement::text).contains("Why not debate?");
    }

    @Test
    void theStoryToldIsWhatWasToldNotTheHearer() {
        Extraction x = Extraction.of("The ferry stopped at noon.\nAna Okafor told the story of a ferry captain who "
                + "sailed through the storm of 1990.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("the story of a ferry captain"));
    }

    @Test
    void aClauseAfterTheHearerIsWhatWasTold() {
        assertThat(filters("The ferry stopped at noon.\nThe director of the harbour office, Ana Okafor, told the "
                + "Gazette her office never dealt with Tom Reyes or the council and said the staff picked the lawyers "
                + "by themselves.")).doesNotContain("addressee-as-content");
    }

    @Test
    void aReportedSentenceBeforeItsVerbAndItsOwnSpeakerIsNotTheSpeaker() {
        assertThat(filters("The ferry stopped at noon.\nBallots in Harbourton and Portsea (which let newcomers "
                + "take part), along with friendly wards like Hilltop, would bring wins for Okafor and reshape the "
                + "contest ahead of the count, Reyes predicted.")).doesNotContain("speaker-as-content");
    }

    @Test
    void frontedWordsThatHoldASentenceOfTheirOwnAreWhatWasSaid() {
        // A gerund's phrase as the subject of a finite verb; a "when" clause followed by a sentence after its comma.
        assertThat(filters("The ferry stopped at noon.\nFinding what lies under the harbour is not as simple as "
                + "dropping a line into the water, he said.")).doesNotContain("fronted-clause");
        assertThat(filters("Tom Reyes met the mayor in May.\nWhen she finally spotted Mr. Reyes, her face went "
                + "pale with shock, he said.")).doesNotContain("fronted-clause");
    }

    @Test
    void aSpeechWordInsideACapitalizedNameIsNoCue() {
        // CoreNLP's own names: the reading needs the place's name as the recognizer tags it.
        String text = "The ferry stopped at noon.\nTom Reyes spoke at a rally at the Portsea State Fair Grounds on "
                + "Sunday.";
        Extractor.Traced traced = new Extractor(SharedCoreNlp.ANALYZER, Extraction.GAZETTEER).extractTraced(
                new ArticleInput(text, "Test article", null, null, null, null), KnownEntities.none());
        assertThat(traced.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("Fair Grounds"));
        assertThat(traced.dropped()).extracting(DroppedStatement::filter).contains("name-cue");
    }

    /** No statement of {@code text} holds any of {@code words}, and {@code filter} dropped something. */
    private static void assertDropped(String text, String filter, String... words) {
        Extractor.Traced traced = traced(text);
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> java.util.Arrays.stream(words).anyMatch(t::contains));
        assertThat(traced.dropped()).extracting(DroppedStatement::filter).contains(filter);
    }

    /** The names of the filters that dropped something of {@code text}, in order. */
    private static java.util.List<String> filters(String text) {
        return traced(text).dropped().stream().map(DroppedStatement::filter).toList();
    }

    private static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }
}
