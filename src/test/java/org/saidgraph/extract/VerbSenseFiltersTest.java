package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of session 19 for noun-phrase and text-pattern readings whose cue is no speech verb there
 * ({@link VerbSenseFilters}): each shape dropped, by that filter, beside the true shape that must stay. The sentences
 * are written for these tests.
 */
class VerbSenseFiltersTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt", "Tom Reyes");
    private static final String LEAD = "Harbour vote\nAna Okafor won the harbour vote on Tuesday.\n";

    @Test
    void anAdjectiveBeforeANounSaysNothing() {
        assertDropped(traced(LEAD + "The mayor opened a threatening parcel packed with gravel on Thursday."),
                "adjective-cue", "parcel packed with gravel");
    }

    @Test
    void theVerbOfTheSameWordStillSpeaks() {
        assertStatement(LEAD + "Ana Okafor threatened to close the pier.", "to close the pier");
    }

    @Test
    void speakingAMeetingIsNotWhatWasSaid() {
        assertDropped(traced(LEAD + "Lena Brandt spoke Monday night an open meeting hosted by the council."),
                "speak-object", "an open meeting");
    }

    @Test
    void speakingOfATopicStays() {
        assertStatement(LEAD + "Lena Brandt spoke briefly of the ferry fees at the meeting.", "the ferry fees");
    }

    @Test
    void aClauseOfTimeAfterTheVerbIsNotTheWords() {
        assertDropped(traced(LEAD + "“Open the pier to everyone, starting with the fishermen!” Harbour Senator "
                + "Ana Okafor said as she launched the count."), "as-clause", "as she launched the count");
    }

    @Test
    void thePaperSomeoneWritesForIsNotTheWords() {
        assertDropped(traced(LEAD + "Tom Reyes, reporting for the Harbour Gazette from the capital, was there for "
                + "the count."), "medium-phrase", "for the Harbour Gazette");
    }

    @Test
    void whatTheWriterArguesStays() {
        assertStatement(LEAD + "Tom Reyes, writing in the Harbour Gazette, argued that the fees were too high.",
                "the fees were too high");
    }

    @Test
    void callingOffADealSaysNothing() {
        assertDropped(traced(LEAD + "The council called off the harbour deal after the vote."), "cue-particle",
                "the harbour deal");
    }

    @Test
    void callingADealSomethingIsSpeech() {
        assertStatement(LEAD + "The council called the harbour deal a disaster.", "a disaster");
    }

    @Test
    void theStatesOfARegionAreNoCue() {
        assertDropped(traced(LEAD + "The Rust Belt states underscored how much the pier mattered."), "states-noun",
                "how much the pier mattered");
    }

    @Test
    void aReportThatStatesAClauseStays() {
        assertStatement(LEAD + "The report states that the pier will close in May.", "the pier will close in May");
    }

    @Test
    void callingSomeoneByNameSaysNothing() {
        assertDropped(traced(LEAD + "A year later, Ana Okafor called Lena Brandt."), "call-name", "Lena Brandt");
    }

    @Test
    void callingSomeoneSomethingIsSpeech() {
        assertStatement(LEAD + "Ana Okafor called Lena Brandt a liar.", "a liar");
    }

    @Test
    void goingOnToWinIsADeed() {
        assertDropped(traced(LEAD + "Lena Brandt went on to win the harbour seat in May."), "went-on-deed",
                "the harbour seat");
    }

    @Test
    void goingOnToSaySpeaks() {
        assertStatement(LEAD + "Lena Brandt went on to say the fees would fall.", "the fees would fall");
    }

    @Test
    void howSomeoneTestifiedIsNotWhat() {
        assertDropped(traced(LEAD + "The inquiry was closed and Lena Brandt testified voluntarily in 1998."),
                "manner-only", "voluntarily in 1998");
    }

    @Test
    void aTopicAfterTheMannerStays() {
        assertStatement(LEAD + "Lena Brandt talked openly on the radio about her plans for the pier.",
                "her plans for the pier");
    }

    /** {@code words} are in no statement, and the filter {@code filter} dropped a reading of them. */
    static void assertDropped(Extractor.Traced traced, String filter, String words) {
        assertThat(traced.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains(words));
        assertThat(traced.dropped()).anyMatch(d -> d.filter().equals(filter));
    }

    static void assertStatement(String text, String words) {
        Extraction x = Extraction.of(text, PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text).anyMatch(t -> t.contains(words));
    }

    static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }
}
