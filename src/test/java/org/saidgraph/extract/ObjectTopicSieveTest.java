package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speech verb whose topic or noun-phrase object is what was said ({@link ObjectTopicSieve}): the phrase is a
 * paraphrase, so it is never verbatim. The sentences are invented, of the shapes PolNeAR's annotators attribute.
 */
class ObjectTopicSieveTest {

    private static final ListTagger NOBODY = ListTagger.people();

    @Test
    void whatASpeakerSpokeOrComplainedAboutIsWhatWasSaid() {
        Extraction x = Extraction.of("The governor spoke at length about the new water tax and its costs.", NOBODY);
        Statement topic = x.the("the new water tax and its costs");
        assertThat(topic.verbatim()).isFalse();
        assertThat(topic.act()).isEqualTo("statement");
        assertThat(x.name(topic.speaker())).containsIgnoringCase("governor");
        Extraction y = Extraction.of("The mayor complained about the new harbour fees.", NOBODY);
        Statement complaint = y.the("the new harbour fees");
        assertThat(complaint.act()).isEqualTo("criticism");
        assertThat(y.name(complaint.speaker())).containsIgnoringCase("mayor");
    }

    @Test
    void aTopicGoesOnInThePhraseTheParseHangsOnTheVerb() {
        Extraction x = Extraction.of("The candidate warned against hackers from foreign countries.", NOBODY);
        Statement warning = x.the("hackers from foreign countries");
        assertThat(warning.act()).isEqualTo("warning");
        assertThat(x.name(warning.speaker())).containsIgnoringCase("candidate");
    }

    @Test
    void whatASpeakerUrgedIsADemand() {
        Extraction x = Extraction.of("The union leader urged restraint on both sides.", NOBODY);
        Statement demand = x.the("restraint on both sides");
        assertThat(demand.act()).isEqualTo("demand");
        assertThat(demand.verbatim()).isFalse();
        assertThat(x.name(demand.speaker())).containsIgnoringCase("union leader");
    }

    @Test
    void whatASpeakerAskedForIsADemandWhoeverWasAsked() {
        Extraction x = Extraction.of("The harbour board asked for a delay of six months. Later the lawyer asked the "
                + "appeals court for a quick ruling.", NOBODY);
        Statement delay = x.the("a delay of six months");
        assertThat(delay.act()).isEqualTo("demand");
        assertThat(x.name(delay.speaker())).containsIgnoringCase("harbour board");
        Statement ruling = x.the("a quick ruling");
        assertThat(ruling.act()).isEqualTo("demand");
        assertThat(x.name(ruling.speaker())).containsIgnoringCase("lawyer");
    }

    @Test
    void whatSomeoneWasAskedOrPressedAboutIsTheAskersWordsAndTheOneAskedIsNotTheSpeaker() {
        Extraction x = Extraction.of("At the town hall, the moderator asked the governor about the new water tax.",
                NOBODY);
        Statement question = x.the("the new water tax");
        assertThat(question.act()).isEqualTo("question");
        assertThat(question.verbatim()).isFalse();
        assertThat(x.name(question.speaker())).containsIgnoringCase("moderator");
        Extraction y = Extraction.of("The anchor pressed him on his refusal to release the audit.", NOBODY);
        assertThat(y.name(y.the("his refusal to release the audit").speaker())).containsIgnoringCase("anchor");
    }

    @Test
    void aTopicAskedAboutWithNoAskerNamedIsNoStatement() {
        for (String text : new String[]{"The mayor was asked about the harbour plan at the meeting.",
                "\u201cWe will see,\u201d said the mayor, asked about the harbour plan.",
                "Asked about the harbour plan, the mayor said the costs were too high."}) {
            assertThat(Extraction.of(text, NOBODY).statement("the harbour plan")).as(text).isEmpty();
        }
    }

    @Test
    void howLongOnWhatTermsOrToWhomSomeoneSpokeIsNotWhatWasSaid() {
        for (String text : new String[]{"The mayor spoke for about five minutes.",
                "The mayor spoke on the condition of anonymity.", "The senator talked about it on Monday.",
                "Nobody in the city is talking about the new harbour."}) {
            assertThat(Extraction.of(text, NOBODY).dataset().statements()).as(text).isEmpty();
        }
        assertThat(Extraction.of("The governor urged the senators to vote.", NOBODY).statement("the senators"))
                .isEmpty();
        assertThat(Extraction.of("A new report shows that the mayor talked about the harbour plan.", NOBODY)
                .statement("the harbour plan")).isEmpty();
    }

    @Test
    void whatASpeakerHintedAtIsWhatWasSaid() {
        Extraction x = Extraction.of("Governor Ilse Varga hinted at a new toll on river barges during the forum.",
                ListTagger.people("Ilse Varga"));
        Statement hint = x.the("a new toll on river barges");
        assertThat(hint.verbatim()).isFalse();
        assertThat(x.name(hint.speaker())).containsIgnoringCase("Varga");
    }

    @Test
    void aDemonstrativeStandingForATopicIsNoTopicEvenWithAnOccasionOnIt() {
        Extraction x = Extraction.of("The mayor, Ilse Varga, hinted at that in her radio interview on Monday.",
                ListTagger.people("Ilse Varga"));
        assertThat(x.statement("that")).isEmpty();
    }
}
