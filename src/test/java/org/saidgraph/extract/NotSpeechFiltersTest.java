package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The named filters that drop what reports no speech ({@link NotSpeechFilters}) and the rule that ends a reported
 * statement before the circumstances of its speech ({@link ReportedSpanBounds}); each shape removed beside the true
 * shape that must stay. The sentences are written for these tests.
 */
class NotSpeechFiltersTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ana Okafor", "Lena Brandt");

    @Test
    void aQuotedNounPhraseInsideTheReportersSentenceIsNotTheLastSpeakersWords() {
        Extraction x = Extraction.of("Ana Okafor said the ferry would run all winter.\nThe harbour office later "
                + "counted “more than three hundred complaints” about the winter timetable.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .contains("the ferry would run all winter")
                .noneMatch(t -> t.contains("three hundred complaints"));
    }

    @Test
    void aQuotationWithItsOwnAttributionIsKeptHoweverShort() {
        Extraction x = Extraction.of("Ana Okafor said the ferry would run all winter.\n“Not a chance,” Lena Brandt "
                + "replied.", PEOPLE);
        assertThat(x.speakerName("Not a chance,")).isEqualTo("Lena Brandt");
    }

    @Test
    void aQuotedPredicateIsNotJudgedAsATerm() {
        Extraction x = Extraction.of("Ana Okafor said the ferry would run all winter.\nThe timetable, in her words, "
                + "“is finished for good” and the office agrees.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text).contains("is finished for good");
    }

    @Test
    void aFrontedClauseSaysWhenSomeoneSpokeNotWhatTheySaid() {
        // Not "Though …, she said, closing the depot would be much harder": there the clause after the attribution
        // goes on with what was said, and the concession belongs to it (SaidShapesTest).
        String text = "Ana Okafor spoke at the depot on Monday.\nThough the vote was close, she said, laughing.";
        Extractor.Traced traced = new Extractor(PEOPLE, Extraction.GAZETTEER).extractTraced(
                new ArticleInput(text, "Test article", null, null, null, null), KnownEntities.none());
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("the vote was close"));
        assertThat(traced.dropped()).singleElement().satisfies(d -> {
            assertThat(d.filter()).isEqualTo("fronted-clause");
            assertThat(text.substring(d.start(), d.end())).isEqualTo("Though the vote was close");
            assertThat(d.source()).isEqualTo("she");
        });
    }

    @Test
    void aReportedSentenceBeforeItsVerbStays() {
        Extraction x = Extraction.of("The ferry will run all winter, Ana Okafor said.", PEOPLE);
        assertThat(x.speakerName("The ferry will run all winter")).isEqualTo("Ana Okafor");
    }

    @Test
    void aReportedObjectEndsBeforeWhenAndWhereItWasSaid() {
        Extraction x = Extraction.of("Ana Okafor criticized the harbour tax as a “foolish system” during a campaign "
                + "stop in Portsea, for her brother.", PEOPLE);
        assertThat(x.speakerName("the harbour tax as a “foolish system”")).isEqualTo("Ana Okafor");
        assertThat(x.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains("campaign stop"));
    }

    @Test
    void whatTheSpeakerCalledSomethingIsPartOfWhatWasSaid() {
        Extraction x = Extraction.of("Lena Brandt described the depot as a relic of the old port.", PEOPLE);
        assertThat(x.dataset().statements()).extracting(Statement::text)
                .anyMatch(t -> t.contains("the depot as a relic of the old port"));
    }

    @Test
    void aFrontedClauseAfterButSaysWhenSomeoneSpokeNotWhatTheySaid() {
        String text = "The harbour office spoke for the ferry crews.\nBut when the council cut the ferry budget two "
                + "years later, the harbour office said enough.";
        assertOnlyDrop(text, "fronted-clause", "But when the council cut the ferry budget two years later");
    }

    @Test
    void aFrontedParticipleThatTheParseHangsLooselyOnTheVerbIsNotWhatWasSaid() {
        assertOnlyDrop("Ana Okafor runs the harbour office.\nSpeaking to students at Portsea College in Harbourton "
                + "this week, Council Leader Lena Brandt responded to Ana Okafor's charge that the ferry was late.",
                "fronted-clause", "Speaking to students at Portsea College in Harbourton this week");
        assertOnlyDrop("Ana Okafor runs the harbour office.\nRailing Against The Council, Okafor Vows To Save The Ferry",
                "fronted-clause", "Railing Against The Council");
    }

    @Test
    void aFrontedAccordingToPhraseNamesWhereTheReportComesFromNotWhatWasSaid() {
        // The parse makes "letter" the sentence's root and hangs "asked" under "newspaper", so only the words
        // "according to" tell the phrase from a reported sentence before its verb.
        Extractor.Traced traced = assertOnlyDrop("The harbour office spoke for the ferry crews.\nAccording to a letter "
                + "seen by this newspaper, the council's leader asked the minister to guarantee two crossings a day.",
                "fronted-clause", "According to a letter seen by this newspaper");
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .contains("the council's leader asked the minister to guarantee two crossings a day");
    }

    @Test
    void aQuestionPutToTheSpeakerBeforeTheVerbIsNotWhatTheSpeakerSaid() {
        // The answer is what was said ("said no": ShortAnswers, rule verb-answer), so the question is never read.
        Extractor.Traced traced = traced("The council met on Tuesday.\nAsked whether the delay would end the harbour "
                + "plan, the regional minister, Ruth Okonkwo, said no.");
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("Asked whether")).contains("no");
    }

    @Test
    void aQuestionPutToTheSpeakerWhoDeclinedToAnswerIsNotWhatTheSpeakerRefused() {
        // "declined to comment": the cue is the infinitive, and the parse hangs the question on "declined", as an
        // adverbial clause in the first sentence and as "discourse" in the second.
        assertOnlyDrop("Ana Okafor won the count in the harbour ward.\nAsked whether the county would seek legal "
                + "fees, Lena Brandt declined to comment.", "fronted-clause",
                "Asked whether the county would seek legal fees");
        assertOnlyDrop("Ana Okafor won the count in the harbour ward.\nAsked whether the harbour would raise the "
                + "ferry fares, Lena Brandt declined to comment.", "fronted-clause",
                "Asked whether the harbour would raise the ferry fares");
    }

    @Test
    void theSpeakerAndItsRelativeClauseAreNotWhatWasToldAndTheCueGoesToTheTeller() {
        // The speaker-as-content reading of "told" is dropped before it takes the cue, so a later sieve reads the
        // cue again and the quotation is the teller's, not the hearers' named before it.
        String text = "Ana Okafor won the count in the harbour ward.\nLena Brandt, who phoned Ana Okafor shortly "
                + "after the result was announced, told her staff, \"We lost a close one.\"";
        Extractor.Traced traced = assertOnlyDrop(text, "speaker-as-content",
                "Lena Brandt, who phoned Ana Okafor shortly after the result was announced");
        Extraction x = Extraction.of(text, PEOPLE);
        String quoted = x.dataset().statements().stream().map(Statement::text)
                .filter(t -> t.contains("We lost a close one.")).findFirst().orElseThrow();
        assertThat(x.speakerName(quoted)).isEqualTo("Lena Brandt");
        assertThat(traced.rules()).containsValue("pattern-verb");
    }

    @Test
    void aLeadKeptOrACampaignContinuedIsNotSpeech() {
        String text = "Ana Okafor leads the ferry union.\nIn the harbour ward, Ana Okafor maintained her lead over "
                + "the council.\nAna Okafor continued her campaign against the new timetable.";
        Extractor.Traced traced = traced(text);
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("her lead") || t.contains("her campaign"));
        assertThat(traced.dropped()).extracting(DroppedStatement::filter)
                .containsExactly("bare-object-sense", "bare-object-sense");
    }

    @Test
    void whatTheSpeakerMaintainedThatIsKept() {
        Extraction x = Extraction.of("Ana Okafor leads the ferry union.\nAna Okafor maintained that the ferry would "
                + "run all winter.", PEOPLE);
        assertThat(x.speakerName("the ferry would run all winter")).isEqualTo("Ana Okafor");
    }

    @Test
    void whomSomeoneToldAndWhenIsNotWhatWasTold() {
        assertOnlyDrop("The ferry stopped at noon.\n\"The ferry will run all winter,\" Ana Okafor told 300 people "
                + "gathered at the depot.", "addressee-as-content", "300 people gathered at the depot");
        // "advisers" are among the nouns of people who hear (VerbCueSieve.HEARERS): nothing after them is read as
        // what was told, so there is nothing to drop.
        Extractor.Traced traced = traced("The ferry stopped at noon.\n\"We will not give up,\" Ana Okafor told her "
                + "closest advisers as she worked on the last speech of her campaign.");
        assertThat(traced.dataset().statements()).extracting(Statement::text)
                .noneMatch(t -> t.contains("closest advisers")).contains("We will not give up,");
    }

    @Test
    void whatWasToldAfterTheHearerIsKept() {
        assertThat(Extraction.of("Ana Okafor told reporters the ferry would run all winter.", PEOPLE)
                .speakerName("the ferry would run all winter")).isEqualTo("Ana Okafor");
        assertThat(traced("Ana Okafor told her supporters, \"We will win the next one.\"").dropped()).isEmpty();
    }

    /** Extracts {@code text}: {@code filter} dropped exactly {@code words}, and no statement holds them. */
    private static Extractor.Traced assertOnlyDrop(String text, String filter, String words) {
        Extractor.Traced traced = traced(text);
        assertThat(traced.dataset().statements()).extracting(Statement::text).noneMatch(t -> t.contains(words));
        assertThat(traced.dropped()).singleElement().satisfies(d -> {
            assertThat(d.filter()).isEqualTo(filter);
            assertThat(text.substring(d.start(), d.end())).isEqualTo(words);
        });
        return traced;
    }

    private static Extractor.Traced traced(String text) {
        return Extraction.traced(text, PEOPLE);
    }
}
