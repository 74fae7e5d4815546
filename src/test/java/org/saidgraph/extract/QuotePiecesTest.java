package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pieces of one quotation are one statement where PolNeAR's annotators made them one attribution, and stay apart where
 * a new speaker or a new act of speech comes between them. The sentences are written for these tests.
 */
class QuotePiecesTest {

    private static final ListTagger PEOPLE = ListTagger.people("Hugh Hill", "Ana Okafor", "Peter Lund");

    @Test
    void aParagraphThatIsOnlyAQuotationGoesOnWithTheSpeakersQuotationBefore() {
        assertOneStatement("“The ferry will run all winter,” Hugh Hill said.\n\n“Nobody in this town will be "
                + "stranded again.”\n\nThe council meets on Monday.", "Hugh Hill",
                "The ferry will run all winter,", "Nobody in this town will be stranded again.");
    }

    @Test
    void aSingleQuotedHeadingAfterAQuotationIsNotPartOfIt() {
        Extraction x = Extraction.of("“The ferry will run all winter,” Hugh Hill said.\n\n'Harbour Works Begin "
                + "Soon.'\n\nThe council meets on Monday.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("Harbour Works"));
    }

    @Test
    void aParagraphWithItsOwnAttributionIsItsOwnStatement() {
        assertTwoStatements("“The ferry will run all winter,” Hugh Hill said.\n\n“Nobody will be stranded again,” "
                + "Ana Okafor said.", "The ferry will run all winter,", "Hugh Hill", "Nobody will be stranded again,",
                "Ana Okafor");
    }

    @Test
    void aRelativeClauseDescribingTheSpeakerDoesNotKeepTheSecondPieceApart() {
        assertOneStatement("“These are hard weeks,” said Peter Lund, a lawyer who has been challenging the mine for "
                + "years. “I doubt the owners can keep their promise.”", "Peter Lund",
                "These are hard weeks,", "I doubt the owners can keep their promise.");
    }

    @Test
    void aReverendsTitleDoesNotEndTheAttributionsSentence() {
        assertOneStatement("“The town will heal,” said the Rev. Peter Lund, of the harbour chapel. “It will take "
                + "time, but it will heal.”", "Peter Lund", "The town will heal,", "It will take time, but it will heal.");
    }

    @Test
    void aQuotationWithItsOwnCueBetweenTheTwoIsANewStatementNotAPieceOfTheOneBefore() {
        assertTwoStatements("Ana Okafor gave her answer: “Of course it will run all winter.” To which she said, "
                + "“Then I will believe it when I see it.”", "Of course it will run all winter.", "Ana Okafor",
                "Then I will believe it when I see it.", "Ana Okafor");
    }

    @Test
    void aHeAfterAQuotationOpeningItsParagraphIsThePersonTheParagraphBeforeIntroduced() {
        assertSpeaker("While Peter Lund had a choir singing for him, the new mayor has nobody, which is something "
                + "that worries Hugh Hill, chairman of the harbour chapel choir.\n\n“Nobody sings for the mayor now,” "
                + "he said.", "Nobody sings for the mayor now,", "Hugh Hill");
    }

    @Test
    void aPersonNamedBeforeAParticipleIsNotIntroducedAsTheNextSpeaker() {
        assertSpeaker("Hugh Hill walked past the statue of Peter Lund, sheltered in its garden.\n\n“We will keep the "
                + "garden open,” he said.", "We will keep the garden open,", "Hugh Hill");
    }

    @Test
    void theyContinuesTheTheySubjectOfTheSentenceBeforeNotAnOrganizationNamedThere() {
        Extraction x = Extraction.of("Critics of the ferry plan, like Hugh Hill and Ana Okafor, see the vote as a "
                + "chance to fix it. They sent a letter on Monday to Harbour Board leaders.\n\n“The plan must not "
                + "pass without changes,” they wrote.", new ListTagger(java.util.Map.of("Hugh Hill", "PERSON",
                "Ana Okafor", "PERSON", "Harbour Board", "ORGANIZATION")));
        assertThat(x.speakerName("The plan must not pass without changes,")).isNotEqualTo("Harbour Board");
    }

    @Test
    void aShortFirstPieceOfASplitQuotationIsKeptAndTheNextPieceJoinsIt() {
        assertOneStatement("Ana Okafor opened the meeting.\n\nHugh Hill stood up. “Absolutely not!” he said. “The "
                + "ferry stays where it is.”", "Hugh Hill", "Absolutely not!", "The ferry stays where it is.");
    }

    @Test
    void aVerbIntroducingTheSecondQuotationDoesNotJoinTheFirstToIt() {
        assertTwoStatements("Ana Okafor opened the concert.\n\n“Keep the harbour lights on,” Ana Okafor sings to the "
                + "crowd before asking them, “Where do we go from here?”", "Keep the harbour lights on,", "Ana Okafor",
                "Where do we go from here?", "Ana Okafor");
    }

    @Test
    void aQuotationOpenedWithACurlyMarkDoesNotGoOnFromABlockQuotationsStraightMark() {
        Extraction x = Extraction.of("The paper described her stay in detail.\n\n\"Ana Okafor thought the whole "
                + "thing was absurd. She was tired, sure. But certainly not ill.\n\n“Not once did I think that I "
                + "was falling apart,” she said after her release.", PEOPLE);
        assertThat(x.the("Not once did I think that I was falling apart,").verbatim()).isTrue();
    }

    @Test
    void aQuotationAVerbIntroducesAfterACommaIsTheStatementNotTheFramingBeforeTheVerb() {
        Extraction x = Extraction.of("The harbour board met on Monday.\n\nWhen asked whom she supported, Ana Okafor "
                + "smiled and said, “I am waiting for a better candidate to enter the race.”", PEOPLE);
        assertThat(x.speakerName("I am waiting for a better candidate to enter the race.")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("When asked"));
    }

    @Test
    void theSpeakersNextActAfterTheAttributionKeepsTheSecondPieceApart() {
        assertTwoStatements("“The ferry will run all winter,” Hugh Hill said, going on to contrast the two harbour "
                + "plans. “Nobody in this town will be stranded again.”", "The ferry will run all winter,", "Hugh Hill",
                "Nobody in this town will be stranded again.", "Hugh Hill");
    }

    @Test
    void aParagraphOpeningWithALoneMarkBeforeAPronounAndItsVerbDoesNotThrow() {
        Extraction x = Extraction.of("Ana Okafor spoke to the harbour board.\n\n\" she said the vote would wait.",
                PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text).anyMatch(t -> t.contains("vote would wait"));
    }

    /** The text holds one verbatim statement of {@code speaker} in exactly these parts, in order. */
    @Test
    void speakingOnConditionOfAnonymityAfterTheAttributionIsNoSecondActBetweenThePieces() {
        assertOneStatement("“The levy will pass next month,” said Hugh Hill, speaking on the condition of anonymity "
                + "to discuss the talks. “The votes are there.”", "Hugh Hill", "The levy will pass next month,",
                "The votes are there.");
    }

    @Test
    void aClauseOfTimeAfterTheAttributionIsNoSecondActBetweenThePieces() {
        assertOneStatement("“The ferry will run all winter,” Ana Okafor said after the governor called her on "
                + "Monday. “Nobody in this town will be stranded again.”", "Ana Okafor",
                "The ferry will run all winter,", "Nobody in this town will be stranded again.");
    }

    @Test
    void beforeAddingAfterTheAttributionIsStillTheSpeakersNextAct() {
        Extraction x = Extraction.of("“The ferry will run all winter,” Ana Okafor said before adding, “Nobody in "
                + "this town will be stranded again.”", PEOPLE);
        assertThat(x.dataset().statements()).filteredOn(st -> st.text().contains("The ferry will run"))
                .singleElement().satisfies(st -> assertThat(st.text()).doesNotContain("stranded"));
    }

    @Test
    void anInterviewOrAPaperNamedAfterTheAttributionIsNoSecondActBetweenThePieces() {
        assertOneStatement("“The new bridge has a toll that is a permanent toll,” Ana Okafor explained in an "
                + "interview with the Harbour Gazette. “Every driver pays for it.”", "Ana Okafor",
                "The new bridge has a toll that is a permanent toll,", "Every driver pays for it.");
        assertOneStatement("“We are talking about a council that could split down the middle,” said Hugh Hill, "
                + "harbour editor for the Coastal Weekly Report. “It could truly decide the season.”", "Hugh Hill",
                "We are talking about a council that could split down the middle,", "It could truly decide the season.");
    }

    @Test
    void aReportedClauseBeforeItsAttributionAndTheCuelessQuotationAfterItAreOneStatement() {
        String text = "The pier repairs are \u201cnot meeting the demand,\u201d says Hugh Hill, head of the harbour trust. "
                + "\u201cWe will need twice as much money next year.\u201d";
        Extraction x = Extraction.of(text, PEOPLE);
        assertThat(x.dataset().statements()).singleElement().satisfies(s -> {
            assertThat(x.name(s.speaker())).isEqualTo("Hugh Hill");
            assertThat(s.text()).startsWith("The pier repairs are").endsWith("twice as much money next year.")
                    .doesNotContain("head of the harbour trust");
            assertThat(s.verbatim()).isFalse();
        });
    }

    @Test
    void anInitialInTheAttributionBetweenTheClauseAndTheQuotationDoesNotKeepThemApart() {
        String text = "Both harbour towns \u201csaw the ferry as a lifeline that was really failing,\u201d said Ana Okafor, "
                + "who served as pier director under Mayor John W. Lund. \u201cIn that sense, the vote was easy.\u201d";
        Extraction x = Extraction.of(text, PEOPLE);
        assertThat(x.dataset().statements()).singleElement().satisfies(s -> assertThat(s.text())
                .startsWith("Both harbour towns").endsWith("the vote was easy.").doesNotContain("pier director"));
    }

    @Test
    void aQuotationOpeningTheNextParagraphStaysApartFromTheReportedClauseBefore() {
        Extraction x = Extraction.of("The pier repairs are late, Hugh Hill said.\n\n\u201cWe will need twice as much "
                + "money next year.\u201d", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("late")
                && s.text().contains("twice as much"));
    }

    static void assertOneStatement(String text, String speaker, String... parts) {
        Extraction x = Extraction.of(text, PEOPLE);
        Statement s = x.the(String.join(" \u2026 ", parts));
        assertThat(x.name(s.speaker())).isEqualTo(speaker);
        assertThat(s.verbatim()).isTrue();
        assertThat(s.parts()).extracting(p -> text.substring(p.start(), p.end())).containsExactly(parts);
    }

    /** The text holds the two quotations as two statements (not one in parts), each of its speaker. */
    private static void assertTwoStatements(String text, String first, String firstSpeaker, String second,
                                            String secondSpeaker) {
        Extraction x = Extraction.of(text, PEOPLE);
        assertThat(x.speakerName(first)).isEqualTo(firstSpeaker);
        assertThat(x.speakerName(second)).isEqualTo(secondSpeaker);
    }

    private static void assertSpeaker(String text, String quotation, String speaker) {
        assertThat(Extraction.of(text, PEOPLE).speakerName(quotation)).isEqualTo(speaker);
    }
}
