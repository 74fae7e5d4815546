package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of session 18 for statements that meet no gold at all ({@link ObjectAfterCue},
 * {@link AttributiveParticiple}, {@link DeedByGerund}, {@link BareDocumentObject}, "add" in {@link BareObjectSense}):
 * each shape dropped, by that filter, beside the true shape that must stay. The sentences are written for these
 * tests.
 */
class NoOverlapFiltersTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void wordsBeforeAVerbWithItsOwnObjectAreNotWhatWasSaid() {
        Extractor.Traced traced = traced("The pier has been a steady earner for the town, however, Ana Okafor "
                + "repeated her pledge to the keepers.");
        assertDropped(traced, "object-after-cue", "a steady earner");
    }

    @Test
    void aReportedSentenceBeforeAnInvertedSubjectStays() {
        Extraction x = Extraction.of("The ferry will run all winter, said her spokesman, Lena Brandt.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("The ferry will run all winter"));
    }

    @Test
    void pledgedDelegatesAreNoPledge() {
        Extractor.Traced traced = traced("Ana Okafor won the county primary on Tuesday.\nThere are 212 pledged "
                + "delegates at stake in the state next month.");
        assertDropped(traced, "attributive-participle", "delegates");
    }

    @Test
    void aNumberThatSaysAClauseStillSpeaks() {
        Extraction x = Extraction.of("In the harbour poll, 4 in 10 said the ferry should run all winter.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("the ferry should run all winter"));
    }

    @Test
    void respondingByADeedSaysNothing() {
        Extractor.Traced traced = traced("The union struck on Monday.\nAna Okafor responded by closing the pier "
                + "for a week.");
        assertDropped(traced, "deed-by-gerund", "closing the pier");
    }

    @Test
    void respondingBySayingIsSpeech() {
        Extraction x = Extraction.of("The union struck on Monday.\nAna Okafor responded by saying that the pier "
                + "would stay open.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("the pier would stay open"));
    }

    @Test
    void addingANounPhraseSaysNothing() {
        Extractor.Traced traced = traced("Ana Okafor won the ferry vote.\nThe ruling adds another hurdle for the "
                + "harbour plan.");
        assertDropped(traced, "bare-object-sense", "another hurdle");
    }

    @Test
    void issuingAStatementIsNotItsWords() {
        Extractor.Traced traced = traced("The union struck on Monday.\nAna Okafor issued a statement on Tuesday "
                + "evening.");
        assertDropped(traced, "bare-document-object", "a statement");
    }

    @Test
    void aStatementThatSaysSomethingIsKept() {
        Extraction x = Extraction.of("Ana Okafor issued a statement saying that the pier would stay open.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("the pier would stay open"));
    }

    @Test
    void writingALetterToSomeoneIsNotItsWords() {
        Extractor.Traced traced = traced("The ferry stopped running in May.\nAna Okafor wrote a long letter to the "
                + "harbour board.");
        assertDropped(traced, "document-to-recipient", "a long letter to the harbour board");
    }

    @Test
    void theFollowingStatementIsNotItsWords() {
        Extractor.Traced traced = traced("The ferry stopped running in May.\nAna Okafor issued the following "
                + "statement:\n\nWe will keep the pier open.");
        assertDropped(traced, "document-to-recipient", "the following statement");
    }

    @Test
    void aLetterToSomeoneThatSaysSomethingIsKept() {
        Extraction x = Extraction.of("Ana Okafor wrote a letter to the harbour board urging it to keep the pier "
                + "open.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("keep the pier open"));
    }

    /** {@code words} are in no statement, and the filter {@code filter} dropped a reading of them. */
    static void assertDropped(Extractor.Traced traced, String filter, String words) {
        assertThat(traced.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains(words));
        assertThat(traced.dropped()).extracting(DroppedStatement::filter).contains(filter);
    }

    /** The traced extraction of {@code text}, with Ana Okafor and Lena Brandt tagged as people. */
    static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }
}
