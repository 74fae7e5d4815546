package org.saidgraph.extract;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules added from the PolNeAR error analysis: where a reported clause ends and the reporter's narration begins
 * (spans running on into the reporter's own sentence), and quotations whose speaker a lead-in or a verb outside the
 * speech lexicon gives (rather than the last speaker). The sentences are written for these tests.
 */
class PolnearRulesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aClauseEndsBeforeButWithANewSubjectAndVerb() {
        assertSpoken("Ana Okafor said the harbour plan would pass easily, but the council rejected it on Tuesday.",
                "the harbour plan would pass easily", "Ana Okafor");
    }

    @Test
    void aClauseEndsBeforeTheSpeakersNextActJoinedByAnd() {
        assertSpoken("Lena Brandt insisted the depot must stay open, and has campaigned for a new roof ever since.",
                "the depot must stay open", "Lena Brandt");
    }

    @Test
    void aListInsideTheClauseIsNotABreak() {
        assertSpoken("Ana Okafor said the town needs buses, trams, and a new bridge over the river.",
                "the town needs buses, trams, and a new bridge over the river", "Ana Okafor");
    }

    @Test
    void aQuotationAfterALeadInEndingInAColonIsTheLeadInSubjects() {
        assertSpoken("Lena Brandt said the vote on the ferry was close.\nAs Ana Okafor put it: “The harbour belongs "
                + "to everyone in this town.”", "The harbour belongs to everyone in this town.", "Ana Okafor");
    }

    @Test
    void aNameAndAnyVerbRightAfterAQuotationAttributeIt() {
        assertSpoken("Lena Brandt said the vote on the ferry was close.\n“Nobody here reads the minutes anyway,” Ana "
                + "Okafor scoffed.", "Nobody here reads the minutes anyway,", "Ana Okafor");
    }

    @Test
    void anInvertedAttributionAfterTheClauseIsTheNameAfterTheVerb() {
        assertSpoken("Nor is the ferry likely to return before spring, said Ana Okafor, a lecturer at the college.",
                "Nor is the ferry likely to return before spring", "Ana Okafor");
    }

    @Test
    void whatDescribesTheSpeakerOfAnInvertedAttributionIsNotPartOfTheQuotation() {
        Extraction x = Extraction.of("“The depot has never been busier,” said Lena Brandt, who runs the night shift.",
                PEOPLE);
        assertThat(x.speakerName("The depot has never been busier,")).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("night shift"));
    }

    @Test
    void aParticipleAfterAParentheticalAttributionDoesNotJoinTheQuotation() {
        assertSpoken("“The depot has never been busier,” Lena Brandt said, repeating a line from her campaign.",
                "The depot has never been busier,", "Lena Brandt");
    }

    @Test
    void aParticipleReportsWhatFollowsItNeverTheSentenceBeforeIt() {
        Extraction x = Extraction.of("The council has run the depot at a loss for years, Ana Okafor said on Monday, "
                + "adding, “Nobody wants to admit it.”", PEOPLE);
        assertThat(x.dataset().statements()).as("no statement holds the attribution itself")
                .noneMatch(s -> s.text().contains("Okafor said"));
        assertThat(x.speakerName("Nobody wants to admit it.")).isEqualTo("Ana Okafor");
    }

    @Test
    void remindingAndDefendingAreSpeechVerbs() {
        assertSpoken("Ana Okafor reminded the voters that the ferry had never missed a winter.",
                "the ferry had never missed a winter", "Ana Okafor");
        assertSpoken("Lena Brandt defended the late closing of the depot library.",
                "the late closing of the depot library", "Lena Brandt");
    }

    @Test
    void aVerblessPhraseOfTimeOrPlaceIsNotWhatWasSaid() {
        Extraction x = Extraction.of("Ana Okafor spoke in Harwich on Wednesday night.\nAt the same time, Lena Brandt "
                + "said.", PEOPLE);
        assertThat(x.dataset().statements()).as("the occasion and the framing are the reporter's words")
                .noneMatch(s -> s.text().contains("Harwich") || s.text().contains("same time"));
    }

    @Test
    void aPhraseWithAVerbOrATopicAfterTheSpeechVerbIsStillWhatWasSaid() {
        Extraction x = Extraction.of("Ana Okafor spoke of the harbour's debts.\nIn June, Lena Brandt said, the "
                + "depot will close.", PEOPLE);
        assertThat(x.dataset().statements()).as("a topic after 'spoke of', and a clause opening with a phrase of time")
                .anyMatch(s -> s.text().contains("the harbour's debts"))
                .anyMatch(s -> s.text().contains("the depot will close"));
    }

    @Test
    void theReportersFramingBeforeAParentheticalAttributionIsNotWhatWasSaid() {
        assertSpoken("Over the years, Ana Okafor said, the ferry has lost half of its passengers.",
                "the ferry has lost half of its passengers", "Ana Okafor");
        assertSpoken("Six months ago, Lena Brandt said, nobody in the council wanted the depot.",
                "nobody in the council wanted the depot", "Lena Brandt");
        Extraction x = Extraction.of("Asked about the depot's future, Lena Brandt said, “We will keep it open.”",
                PEOPLE);
        assertThat(x.speakerName("We will keep it open.")).isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).as("the question put to her is the reporter's framing")
                .noneMatch(s -> s.text().contains("Asked about"));
    }

    @Test
    void whatWasSaidInAnOpeningAdverbialClauseEndsWithThatClause() {
        Extraction x = Extraction.of("After Ana Okafor warned that the ferry would never pay for itself, the council "
                + "voted to keep it running.", PEOPLE);
        assertThat(x.speakerName("the ferry would never pay for itself")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).as("the main clause after it is the reporter's")
                .noneMatch(s -> s.text().contains("the council voted"));
    }

    @Test
    void theSubjectOfTheClauseBeforeAParentheticalAttributionStaysInIt() {
        assertSpoken("Many of the old depots, Ana Okafor said, have closed since the war.",
                "Many of the old depots, Ana Okafor said, have closed since the war", "Ana Okafor");
    }

    @Test
    void aSurnameJoinsAFullNameEndingInAGenerationalSuffix() {
        Extraction x = Extraction.of("Admiral Tomas Arvelo Jr. visited the port.\n“The harbour is safe,” Arvelo "
                + "said.", ListTagger.people("Tomas Arvelo Jr.", "Arvelo"));
        assertThat(x.speakerName("The harbour is safe,")).isEqualTo("Tomas Arvelo Jr.");
    }

    @Test
    void aVerblessPhraseBeforeTheSpeechVerbIsTheReportersFraming() {
        Extraction x = Extraction.of("Like her neighbours, Ana Okafor urged the drivers to stay calm.\nUnlike the "
                + "council, Lena Brandt praised the drivers.", PEOPLE);
        assertThat(x.dataset().statements()).as("a phrase without a verb before the cue is not what was said")
                .noneMatch(s -> s.text().contains("neighbours") || s.text().contains("Unlike"));
        assertSpoken("The depot will close in May, Lena Brandt said.", "The depot will close in May", "Lena Brandt");
    }

    @Test
    void aClauseThatDatesTheSayingIsNotWhatWasSaid() {
        Extraction x = Extraction.of("Ana Okafor spoke to reporters just after the council vote was announced.",
                PEOPLE);
        assertThat(x.dataset().statements()).as("when she spoke is the reporter's")
                .noneMatch(s -> s.text().contains("vote was announced"));
        assertSpoken("Lena Brandt wrote after the meeting ended that the depot would close in May.",
                "the depot would close in May", "Lena Brandt");
    }

    @Test
    void anAdverbThatTheParseGivesAVerbEndsTheReportedClauseNotTheSaying() {
        // The parser makes "came" a copula of "late", and "late" an adverb of "say": not when they said it.
        for (String text : List.of("The flooding has angered some residents, who say the warnings came too late.",
                "The fire has angered some residents, who say the sirens came too late.")) {
            assertThat(Extraction.of(text, PEOPLE).dataset().statements()).as(text).extracting(Statement::text)
                    .singleElement().asString().endsWith("came too late");
        }
    }

    @Test
    void afterANegatedVerbWhenOpensWhatWasNotSaid() {
        assertSpoken("Lena Brandt has not said when the depot would close.", "when the depot would close",
                "Lena Brandt");
        Extraction x = Extraction.of("Ana Okafor spoke when the council vote was announced.", PEOPLE);
        assertThat(x.dataset().statements()).as("without a negation, 'when' dates the speaking")
                .noneMatch(s -> s.text().contains("vote was announced"));
        assertThat(Occasions.PARSE).as("one list of subordinators of time").containsAll(Occasions.TEXT)
                .contains("when", "after", "since");
        assertThat(Occasions.TEXT).doesNotContain("since", "as");
    }

    @Test
    void whereAndToWhomSomeoneSpokeIsNotWhatWasSaid() {
        Extraction x = Extraction.of("Ana Okafor spoke to a gathering of ferry workers at the depot.\nLena Brandt "
                + "was speaking at the town hall when the lights failed.", PEOPLE);
        assertThat(x.dataset().statements()).as("the audience and the place of a speech are the reporter's")
                .noneMatch(s -> s.text().contains("gathering") || s.text().contains("town hall"));
        Extraction topic = Extraction.of("Ana Okafor spoke to the drivers about the cost of the new ferries.", PEOPLE);
        assertThat(topic.dataset().statements()).as("the topic after 'spoke … about' is what was said")
                .anyMatch(s -> s.text().contains("the cost of the new ferries"));
    }

    @Test
    void continuingToDoSomethingIsNotSpeech() {
        Extraction x = Extraction.of("Ana Okafor continued to raise money from small donors across the county.",
                PEOPLE);
        assertThat(x.dataset().statements()).as("continuing to raise money says nothing")
                .noneMatch(s -> s.text().contains("small donors"));
        assertSpoken("“The depot stays open,” Lena Brandt continued.", "The depot stays open,", "Lena Brandt");
    }

    @Test
    void aTitleInQuotationMarksIsNotAStatementUnlessAnAttributionIntroducesIt() {
        Extraction x = Extraction.of("Ana Okafor said the depot would close in May.\nThe council later showed the film "
                + "“Harbour of the North” at the town hall.", PEOPLE);
        assertThat(x.dataset().statements()).as("a title is not words someone said")
                .noneMatch(s -> s.text().contains("Harbour of the North"));
        assertSpoken("“Keep The Depot Open,” Lena Brandt said.", "Keep The Depot Open,", "Lena Brandt");
        assertThat(TitleQuotes.titleCase("Harbour of the North")).isTrue();
        assertThat(TitleQuotes.titleCase("the harbour belongs to all of us")).isFalse();
        assertThat(TitleQuotes.titleCase("North")).as("one word is a scare quote or a name, not judged here").isFalse();
    }

    @Test
    void aQuotationSplitOnlyByItsAttributionStaysOneStatement() {
        Extraction x = Extraction.of("“The ferry will run all winter,” Ana Okafor said. “Nobody will be left on the "
                + "island.”", PEOPLE);
        assertThat(x.speakerName("The ferry will run all winter, … Nobody will be left on the island."))
                .isEqualTo("Ana Okafor");
    }

    @Test
    void aSecondSpeechCueBetweenTwoQuotationsKeepsThemApart() {
        assertTwoStatements("“The ferry will run all winter,” Ana Okafor said, adding later, “Nobody will be left on "
                + "the island.”");
    }

    @Test
    void aSentenceOfNarrationBetweenTwoQuotationsKeepsThemApart() {
        assertTwoStatements("“The ferry will run all winter,” Ana Okafor said. The council meets on Monday to vote on "
                + "the timetable. “Nobody will be left on the island.”");
    }

    /** The two quotations of the text are two statements, both Ana Okafor's. */
    private static void assertTwoStatements(String text) {
        Extraction x = Extraction.of(text, PEOPLE);
        assertThat(x.speakerName("The ferry will run all winter,")).isEqualTo("Ana Okafor");
        assertThat(x.speakerName("Nobody will be left on the island.")).isEqualTo("Ana Okafor");
    }

    @Test
    void aQuotationSignedWithADashAndANameIsThatNamesOnePerParagraph() {
        Extraction x = Extraction.of("Readers told us what they made of the debate.\n“The ferry debate was a waste of "
                + "everyone's evening.” ― Ana Okafor\u00a0\n“I finally understood the timetable.”― Lena Brandt, 41, "
                + "harbour pilot", PEOPLE);
        assertThat(x.speakerName("The ferry debate was a waste of everyone's evening.")).isEqualTo("Ana Okafor");
        assertThat(x.speakerName("I finally understood the timetable.")).isEqualTo("Lena Brandt");
    }

    @Test
    void aBylineAfterAReportersSentenceSignsNoQuotation() {
        Extraction x = Extraction.of("Ana Okafor waited at the pier. “The island needs its ferry back by spring.”—Lena "
                + "Brandt", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> "Lena Brandt".equals(x.name(s.speaker())));
    }

    @Test
    void aTranscriptsNextTurnIsNotTheLastTurnContinued() {
        Extraction x = Extraction.of("Ana Okafor spoke to the host on Monday.\n“HOST: Will the ferry run all winter, "
                + "then?\n“GUEST: The ferry ran every single day of the last one.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("all winter")
                && s.text().contains("single day"));
    }

    /** The statement with exactly this text is attributed to this speaker. */
    @Test
    void wordsOfTheQuotationAreNeverTheSubjectOfTheVerbThatAttributesIt() {
        Extraction x = Extraction.of("Lena Brandt spoke first.\n“Supporters of the other candidates,” Ana Okafor "
                + "added, “have spent their money on television advertising.”", PEOPLE);
        assertThat(x.dataset().statements()).filteredOn(st -> st.text().contains("television advertising"))
                .isNotEmpty().allSatisfy(st -> assertThat(x.name(st.speaker())).isEqualTo("Ana Okafor"));
    }

    @Test
    void aNameAfterAPrepositionInTheSubjectIsThePrincipalNotTheSpeaker() {
        Extraction x = Extraction.of("Attorneys for Ana Okafor argued in a court filing that the depot had never "
                + "belonged to the council.", PEOPLE);
        assertThat(x.speakerName("the depot had never belonged to the council")).isNotNull()
                .isNotEqualTo("Ana Okafor");
    }

    @Test
    void aQuotedFragmentOfAReportedClauseIsOneStatementWithTheWholeClause() {
        // "It" names no speaker, so no speech verb's parse attributes the clause; the quotation, attributed to the
        // last speaker, is only a fragment of what "says" reports.
        Extraction x = Extraction.of("Lena Brandt said the ferries were often late. It says that the council has "
                + "“lost all sense of proportion” over the winter timetable.", PEOPLE);
        assertThat(x.speakerName("the council has “lost all sense of proportion” over the winter timetable"))
                .isEqualTo("Lena Brandt");
        assertThat(x.dataset().statements()).noneMatch(st -> st.text().equals("lost all sense of proportion"));
    }

    @Test
    void aQuotedTitleOrAClauseWithAnAsideBetweenDashesIsNotWidened() {
        Extraction x = Extraction.of("Lena Brandt said the ferries were often late. It says that the pier — rebuilt "
                + "twice since the war — is “a danger to everyone who waits on it” in the winter.", PEOPLE);
        assertThat(x.dataset().statements()).anyMatch(st -> st.text().equals("a danger to everyone who waits on it"))
                .noneMatch(st -> st.text().contains("rebuilt twice") && st.text().contains("a danger"));
    }

    @Test
    void aSignatureTheTaggerDoesNotKnowStillNamesTheSpeaker() {
        Extraction x = Extraction.of("Readers told us what they made of the debate.\n“The ferry debate was a waste of "
                + "everyone's evening.” ― Ana Okafor\n“I finally understood the whole timetable.” ― Marisol Quenby",
                PEOPLE);
        assertThat(x.speakerName("I finally understood the whole timetable.")).isEqualTo("Marisol Quenby");
    }

    private static void assertSpoken(String text, String statement, String speaker) {
        assertThat(Extraction.of(text, PEOPLE).speakerName(statement)).isEqualTo(speaker);
    }
}
