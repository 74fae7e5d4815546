package org.saidgraph.extract;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attribution and reported-speech patterns, on sentences written for these tests in the manner of wire copy.
 * A list tagger stands in for CoreNLP, so these run without models.
 */
class ExtractorPatternsTest {

    @Test
    void datesAQuoteByTheDayItsSentenceStatesResolvedAgainstThePublishedDay() {
        String text = "Olena Kovalenko said on Monday: \"The bridge is gone.\" Ivan Sokolov said: \"We will rebuild it.\"";
        Dataset d = new Extractor(ListTagger.people("Olena Kovalenko", "Ivan Sokolov"), Extraction.GAZETTEER)
                .extract(new ArticleInput(text, "Test article", null, null, "2025-03-06", null), KnownEntities.none());
        Statement monday = d.statements().stream().filter(s -> s.text().equals("The bridge is gone.")).findFirst()
                .orElseThrow();
        assertThat(monday.date()).as("the Monday on or before Thursday 6 March 2025").isEqualTo("2025-03-03");
        assertThat(monday.dateSource()).isEqualTo(Statement.DATE_FROM_TEXT);
        Statement undated = d.statements().stream().filter(s -> s.text().equals("We will rebuild it.")).findFirst()
                .orElseThrow();
        assertThat(undated.date()).as("its sentence states no day: the loader takes the published one").isNull();
        assertThat(undated.dateSource()).isNull();
    }

    @Test
    void anArticleWithoutAPublishedDayGivesRelativeDaysNoDate() {
        Extraction x = Extraction.of("Olena Kovalenko said on Monday: \"The bridge is gone.\"",
                ListTagger.people("Olena Kovalenko"));
        assertThat(x.the("The bridge is gone.").date()).isNull();
    }

    @Test
    void attributesAQuoteToTheNameAfterIt() {
        Extraction x = Extraction.of("“The bridge is gone,” Olena Kovalenko said.", ListTagger.people("Olena Kovalenko"));
        assertThat(x.speakerName("The bridge is gone,")).isEqualTo("Olena Kovalenko");
        assertThat(x.the("The bridge is gone,").verbatim()).isTrue();
    }

    @Test
    void attributesAQuoteWhenTheVerbComesBeforeTheName() {
        Extraction x = Extraction.of("\"We need more shells,\" said Petro Hrytsenko, a battalion commander.",
                ListTagger.people("Petro Hrytsenko"));
        assertThat(x.speakerName("We need more shells,")).isEqualTo("Petro Hrytsenko");
    }

    @Test
    void looksPastAnApposition() {
        Extraction x = Extraction.of("Hugh Hill, a doctor at the city clinic, said: \"We ran out of insulin.\"",
                ListTagger.people("Hugh Hill"));
        assertThat(x.speakerName("We ran out of insulin.")).isEqualTo("Hugh Hill");
    }

    @Test
    void keepsAQuoteSplitByItsAttributionAsOneStatement() {
        String text = "\"If the bridge falls,\" Ivan Sokolov said, \"we will lose the town by night.\"";
        Extraction x = Extraction.of(text, ListTagger.people("Ivan Sokolov"));
        Statement s = x.the("If the bridge falls, … we will lose the town by night.");
        assertThat(x.name(s.speaker())).isEqualTo("Ivan Sokolov");
        // One verbatim statement in two parts: each part is the speaker's words; the span runs over the attribution.
        assertThat(s.verbatim()).isTrue();
        assertThat(s.parts()).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("If the bridge falls,", "we will lose the town by night.");
        assertThat(text.substring(s.span().start(), s.span().end())).startsWith("If the bridge").endsWith("night.");
        assertThat(x.dataset().statements()).hasSize(1);
    }

    @Test
    void aQuoteSplitBySaidAndAnAppositiveSpeakerThenASentenceIsOneStatementInTwoParts() {
        String text = "\"The levee will hold,\" said Hugh Hill, an engineer at the river authority. \"We tested it "
                + "all summer.\"\nThe council met on Monday.";
        Extraction x = Extraction.of(text, ListTagger.people("Hugh Hill"));
        Statement s = x.the("The levee will hold, \u2026 We tested it all summer.");
        assertThat(x.name(s.speaker())).isEqualTo("Hugh Hill");
        assertThat(s.verbatim()).isTrue();
        assertThat(s.parts()).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("The levee will hold,", "We tested it all summer.");
    }

    @Test
    void aThirdPieceOfTheSameParagraphWithoutAnAttributionIsAThirdPart() {
        String three = "“Taxes will not rise,” Hugh Hill said. “The budget is sound.” “Nobody needs to worry.”";
        Statement t = Extraction.of(three, ListTagger.people("Hugh Hill"))
                .the("Taxes will not rise, \u2026 The budget is sound. \u2026 Nobody needs to worry.");
        assertThat(t.parts()).extracting(p -> three.substring(p.start(), p.end()))
                .containsExactly("Taxes will not rise,", "The budget is sound.", "Nobody needs to worry.");
    }

    @Test
    void joinsTheNextQuoteOfTheParagraphAndTheParagraphThatIsOnlyAQuotationAfterIt() {
        // A paragraph that is only a quotation goes on with the quotation before it, as PolNeAR annotates it
        // (ParagraphQuoteContinued).
        String text = "“It is quiet tonight,” Anna Lysenko said. “But nobody sleeps.”\n"
                + "“We wait for the sirens.”\nThe city council met on Monday.";
        Extraction x = Extraction.of(text, ListTagger.people("Anna Lysenko"));
        assertThat(x.speakerName("It is quiet tonight, … But nobody sleeps. … We wait for the sirens."))
                .isEqualTo("Anna Lysenko");
    }

    @Test
    void resolvesHeToTheSubjectOfTheSentenceBefore() {
        String text = "After talks with Olaf Scholz, Mark Rutte flew home. He said the alliance would stay united.";
        Extraction x = Extraction.of(text, ListTagger.people("Olaf Scholz", "Mark Rutte"));
        assertThat(x.speakerName("the alliance would stay united")).isEqualTo("Mark Rutte");
    }

    @Test
    void takesAQuoteIntroducedByAColon() {
        Extraction x = Extraction.of("Later Mark Rutte tweeted: “Stand with Ukraine.”", ListTagger.people("Mark Rutte"));
        assertThat(x.speakerName("Stand with Ukraine.")).isEqualTo("Mark Rutte");
        assertThat(x.the("Stand with Ukraine.").medium()).isEqualTo("tweet");
    }

    @Test
    void takesBlockTextAfterAColonWithoutQuotationMarks() {
        Extraction x = Extraction.of("Mark Rutte posted:\nWe will defend every inch of allied territory.",
                ListTagger.people("Mark Rutte"));
        Statement s = x.the("We will defend every inch of allied territory.");
        assertThat(s.verbatim()).isTrue();
        assertThat(x.name(s.speaker())).isEqualTo("Mark Rutte");
    }

    @Test
    void takesTheSpeakerOfAColonEndingThePreviousParagraph() {
        String text = "Ivan Sokolov spoke first.\nIn a video address, Anna Lysenko said:\n“Nobody will be left behind.”";
        Extraction x = Extraction.of(text, ListTagger.people("Ivan Sokolov", "Anna Lysenko"));
        assertThat(x.speakerName("Nobody will be left behind.")).isEqualTo("Anna Lysenko");
    }

    @Test
    void readsAnAttributionThatFollowsItsClause() {
        Extraction x = Extraction.of("LVIV, Ukraine (AP) — Drones hit two substations near the border overnight, "
                + "officials said.", ListTagger.people());
        assertThat(x.speakerName("Drones hit two substations near the border overnight")).isEqualTo("Officials");
    }

    @Test
    void attributesAQuoteToASpokespersonNamedAfterIt() {
        Extraction x = Extraction.of("Ivan Sokolov spoke first.\nAnna Lysenko was \"deeply shocked,\" her spokesman "
                + "Petro Hrytsenko said.", ListTagger.people("Ivan Sokolov", "Anna Lysenko", "Petro Hrytsenko"));
        // The quoted words are part of the reported clause: one statement, the spokesman's.
        assertThat(x.speakerName("Anna Lysenko was \"deeply shocked,\"")).isEqualTo("Petro Hrytsenko");
        assertThat(x.statement("deeply shocked,")).isEmpty();
    }

    @Test
    void makesAnOutletNamedByAccordingToARelay() {
        Extraction x = Extraction.of("Anna Lysenko said the talks had collapsed, according to Reuters.",
                ListTagger.people("Anna Lysenko"));
        Statement s = x.the("the talks had collapsed");
        assertThat(x.name(s.speaker())).isEqualTo("Anna Lysenko");
        assertThat(x.names(s.reportedBy())).containsExactly("Reuters");
        assertThat(x.dataset().statements()).hasSize(1);
    }

    @Test
    void takesAListSetAfterAColonAsOneStatement() {
        String text = "Ivan Sokolov wrote:\n- Open the corridor.\n- Free the prisoners.\nThe talks ended.";
        Extraction x = Extraction.of(text, ListTagger.people("Ivan Sokolov"));
        assertThat(x.speakerName("- Open the corridor.\n- Free the prisoners.")).isEqualTo("Ivan Sokolov");
    }

    @Test
    void followsAQuoteThatRunsOnIntoTheNextParagraph() {
        String text = "Anna Lysenko said: “The first night was the worst.\n“By the third we had learnt to sleep.”";
        Extraction x = Extraction.of(text, ListTagger.people("Anna Lysenko"));
        assertThat(x.speakerName("The first night was the worst. … By the third we had learnt to sleep."))
                .isEqualTo("Anna Lysenko");
        assertThat(x.dataset().statements()).hasSize(1);
    }

    @Test
    void reportsTheClauseOnlyWithoutSpeakerVerbOrThat() {
        Extraction x = Extraction.of("Ihor Terekhov said on Tuesday that the power station was hit twice.",
                ListTagger.people("Ihor Terekhov"));
        Statement s = x.the("the power station was hit twice");
        assertThat(s.verbatim()).isFalse();
        assertThat(x.name(s.speaker())).isEqualTo("Ihor Terekhov");
        // The evidence takes in the "that" that makes the clause a report (EvidenceStarts); the text does not.
        assertThat(x.dataset().article().text().substring(s.span().start(), s.span().end()))
                .isEqualTo("that " + s.text());
    }

    @Test
    void takesTheActFromTheVerb() {
        String text = "Ihor Terekhov denied that the city had run out of water. "
                + "Olena Kovalenko proposed that schools reopen in May. "
                + "Anna Lysenko warned that the dam could fail. "
                + "Petro Hrytsenko claimed the bridge had been mined.";
        Extraction x = Extraction.of(text, ListTagger.people("Ihor Terekhov", "Olena Kovalenko", "Anna Lysenko",
                "Petro Hrytsenko"));
        assertThat(x.the("the city had run out of water").act()).isEqualTo("denial");
        assertThat(x.the("schools reopen in May").act()).isEqualTo("proposal");
        assertThat(x.the("the dam could fail").act()).isEqualTo("warning");
        assertThat(x.the("the bridge had been mined").act()).isEqualTo("claim");
    }

    @Test
    void skipsTheHearerOfToldAndRecordsIt() {
        Extraction x = Extraction.of("Anna Lysenko told Ivan Sokolov the convoy would leave at dawn.",
                ListTagger.people("Anna Lysenko", "Ivan Sokolov"));
        Statement s = x.the("the convoy would leave at dawn");
        assertThat(x.name(s.speaker())).isEqualTo("Anna Lysenko");
        assertThat(x.names(s.addressedTo())).containsExactly("Ivan Sokolov");
    }

    @Test
    void readsAccordingTo() {
        Extraction x = Extraction.of("According to Ivan Sokolov, the railway line was cut near the border.",
                ListTagger.people("Ivan Sokolov"));
        assertThat(x.speakerName("the railway line was cut near the border")).isEqualTo("Ivan Sokolov");
    }

    @Test
    void takesTheReleasedFiguresAsTheSourceOfAccordingToAndLeavesTheInnerAttributionOut() {
        String text = "Pavel Orn disagreed. The bridge was safe, he said, and the city had already paid the first "
                + "bill, according to figures released by the council's tax office.";
        Extraction x = Extraction.of(text, ListTagger.people("Pavel Orn"));
        x.dataset().entities().forEach(e -> assertThat(e.name()).doesNotContainIgnoringCase("according"));
        Statement claim = x.dataset().statements().stream()
                .filter(s -> !x.name(s.speaker()).equals("Pavel Orn")).findFirst().orElseThrow();
        assertThat(x.name(claim.speaker())).as("the figures, not who released them").containsIgnoringCase("figures");
        assertThat(text.substring(claim.span().start(), claim.span().end())).doesNotContain("he said");
    }

    @Test
    void takesTheNameInAppositionToASpokespersonOfAPlaceAsTheSpeaker() {
        String text = "A spokeswoman for the city, Mira Tamm, denied that any bill had been late. \"Every bill is paid,\""
                + " Tamm said.";
        Extraction x = Extraction.of(text, ListTagger.people("Mira Tamm", "Tamm"));
        assertThat(x.speakerName("any bill had been late")).isEqualTo("Mira Tamm");
        assertThat(x.dataset().entities()).noneMatch(e -> e.name().toLowerCase().contains("spokeswoman"));
        Entity tamm = x.dataset().entities().stream().filter(e -> e.name().equals("Mira Tamm")).findFirst()
                .orElseThrow();
        assertThat(tamm.type()).isEqualTo(EntityType.PERSON);
        assertThat(tamm.description()).isEqualTo("spokeswoman for the city");
    }

    @Test
    void followsARelayOfReportedSpeech() {
        String text = "Ivan Sokolov said Anna Lysenko told him Olena Kovalenko's demands were that the port reopen "
                + "and the fleet withdraw.";
        Extraction x = Extraction.of(text, ListTagger.people("Ivan Sokolov", "Anna Lysenko", "Olena Kovalenko"));
        Statement demands = x.the("the port reopen and the fleet withdraw");
        assertThat(x.name(demands.speaker())).isEqualTo("Olena Kovalenko");
        assertThat(demands.act()).isEqualTo("demand");
        assertThat(x.names(demands.reportedBy())).containsExactly("Anna Lysenko", "Ivan Sokolov");
    }

    @Test
    void keepsAReportsLinkPastARelayThatIsDropped() {
        String text = "Ivan Sokolov said Anna Lysenko, a nurse, told him Olena Kovalenko's demands were that the port "
                + "reopen and the fleet withdraw.";
        Extraction x = Extraction.of(text, ListTagger.people("Ivan Sokolov", "Anna Lysenko", "Olena Kovalenko"));
        Statement demands = x.the("the port reopen and the fleet withdraw");
        assertThat(x.name(demands.speaker())).isEqualTo("Olena Kovalenko");
        // Anna's clause is only Olena's demands passed on and is dropped; Ivan's, with its aside, stays and reports them.
        Statement ivan = x.the("Anna Lysenko, a nurse, told him Olena Kovalenko's demands were that the port reopen "
                + "and the fleet withdraw");
        assertThat(ivan.reports()).containsExactly(demands.id());
        assertThat(x.dataset().statements()).allMatch(s -> s.reports().stream()
                .allMatch(id -> x.dataset().statements().stream().anyMatch(t -> t.id().equals(id))));
    }

    @Test
    void resolvesARoleStatedEarlierInTheArticle() {
        String text = "Poland's outgoing ambassador to Germany Jan Nowak met officials in Berlin.\n"
                + "“We expect tanks,” the ambassador said.";
        Extraction x = Extraction.of(text, ListTagger.people("Jan Nowak"));
        assertThat(x.speakerName("We expect tanks,")).isEqualTo("Jan Nowak");
    }

    @Test
    void resolvesADescriptionThroughRolesAlreadyKnown() {
        KnownEntity musk = new KnownEntity(EntityType.PERSON, "elon-musk", "Elon Musk", List.of("Musk"), null,
                "Billionaire.", List.of(new KnownEntity.KnownRole("CEO", "tesla", "Tesla"),
                new KnownEntity.KnownRole("chief executive", "spacex", "SpaceX")));
        KnownEntity tesla = new KnownEntity(EntityType.ORGANIZATION, "tesla", "Tesla", List.of(), "company", null,
                List.of());
        String text = "Mark Rutte spoke first. Then the Tesla CEO wrote that satellites would keep working.";
        Extraction x = Extraction.of(text, ListTagger.people("Mark Rutte"), KnownEntities.of(List.of(musk, tesla)));
        assertThat(x.speakerName("satellites would keep working")).isEqualTo("Elon Musk");
    }

    @Test
    void aBareRoleNeverNamesSomeoneKnownOnlyFromElsewhere() {
        KnownEntity musk = new KnownEntity(EntityType.PERSON, "elon-musk", "Elon Musk", List.of("Musk"), null,
                "Billionaire.", List.of(new KnownEntity.KnownRole("CEO", "tesla", "Tesla")));
        String text = "Jane Roe, a hotel developer, toured the harbour. Then the businessman wrote that the ferries "
                + "would keep running.";
        Extraction x = Extraction.of(text, ListTagger.people("Jane Roe"), KnownEntities.of(List.of(musk)));
        // The article names one person; a graph's billionaire whom it never names is not who "the businessman" is.
        assertThat(x.speakerName("the ferries would keep running")).isNotEqualTo("Elon Musk");
        assertThat(x.dataset().entities()).noneMatch(e -> e.id().equals("elon-musk"));
    }

    @Test
    void letsInstitutionsStatesAndGroupsSpeak() {
        String text = "The Kremlin said the talks were over. Russia says the vote was fair. "
                + "Ukrainian officials said the vote was a sham.";
        Extraction x = Extraction.of(text, ListTagger.people());
        assertThat(x.speakerName("the talks were over")).isEqualTo("Kremlin");
        assertThat(x.speakerName("the vote was fair")).contains("Russia");
        assertThat(x.speakerName("the vote was a sham")).isEqualTo("Ukrainian officials");
    }

    @Test
    void makesAnOutletThatWasToldTheRelay() {
        Extraction x = Extraction.of("Anna Lysenko told Reuters that the grain deal was dead.",
                ListTagger.people("Anna Lysenko"));
        Statement s = x.the("the grain deal was dead");
        assertThat(x.name(s.speaker())).isEqualTo("Anna Lysenko");
        assertThat(x.names(s.reportedBy())).containsExactly("Reuters");
    }

    @Test
    void addressesAFirstNameToThePersonOfTheArticleWhoBearsIt() {
        String text = "Anna Lysenko asked for help.\nIvan Sokolov wrote: \"Dear Anna, we are coming.\"";
        Extraction x = Extraction.of(text, ListTagger.people("Anna Lysenko", "Ivan Sokolov", "Anna"));
        assertThat(x.names(x.the("Dear Anna, we are coming.").addressedTo())).containsExactly("Anna Lysenko");
    }

    @Test
    void takesAReactionFromItsAgent() {
        Extraction x = Extraction.of("Ivan Sokolov's plan drew sharp criticism from European leaders.",
                ListTagger.people("Ivan Sokolov"));
        Statement s = x.the("Ivan Sokolov's plan drew sharp criticism from European leaders");
        assertThat(x.name(s.speaker())).isEqualTo("European leaders");
        assertThat(s.act()).isEqualTo("criticism");
    }

    @Test
    void attributesAQuoteFollowedByAccordingTo() {
        Extraction x = Extraction.of("\"The pipeline is empty,\" according to Ivan Sokolov.",
                ListTagger.people("Ivan Sokolov"));
        assertThat(x.speakerName("The pipeline is empty,")).isEqualTo("Ivan Sokolov");
    }

    @Test
    void readsPastACommaAsideBeforeThat() {
        Extraction x = Extraction.of("Anna Lysenko said, however, that the ceasefire was holding.",
                ListTagger.people("Anna Lysenko"));
        assertThat(x.speakerName("the ceasefire was holding")).isEqualTo("Anna Lysenko");
    }

    @Test
    void letsAPersonsOfficeSpeak() {
        Extraction x = Extraction.of("Anna Lysenko's office said the talks would resume on Monday.",
                ListTagger.people("Anna Lysenko"));
        assertThat(x.speakerName("the talks would resume on Monday")).isEqualTo("Anna Lysenko's office");
    }

    @Test
    void marksQuestionsAndRefusals() {
        Extraction x = Extraction.of("Reporters asked Ivan Sokolov whether the border would reopen. "
                + "Anna Lysenko would not say whether more troops were coming.", ListTagger.people("Ivan Sokolov",
                "Anna Lysenko"));
        assertThat(x.the("whether the border would reopen").act()).isEqualTo("question");
        assertThat(x.names(x.the("whether the border would reopen").addressedTo())).containsExactly("Ivan Sokolov");
        assertThat(x.the("whether more troops were coming").act()).isEqualTo("refusal");
    }

    @Test
    void letsAMinistryNamedByDescriptionSpeak() {
        Extraction x = Extraction.of("Russia's defense ministry said in a statement that two drones were downed.",
                ListTagger.people());
        assertThat(x.speakerName("two drones were downed")).isEqualTo("Russia's defense ministry");
    }

    @Test
    void refersTheMinistryBackToTheMinistryNamedBefore() {
        Extraction x = Extraction.of("Russia's defense ministry said two drones were downed. "
                + "\"All targets were hit,\" the ministry said.", ListTagger.people());
        assertThat(x.speakerName("All targets were hit,")).isEqualTo("Russia's defense ministry");
    }

    @Test
    void linksRepliesDenialsAndAddressees() {
        String text = "Ivan Sokolov claimed that the mayor had fled.\n"
                + "Anna Lysenko hit back: \"Dear @ivansokolov, I am at my desk.\"\n"
                + "She denied that she had left the city.";
        Extraction x = Extraction.of(text, ListTagger.people("Ivan Sokolov", "Anna Lysenko"));
        Statement reply = x.the("Dear @ivansokolov, I am at my desk.");
        assertThat(x.name(reply.speaker())).isEqualTo("Anna Lysenko");
        assertThat(x.names(reply.addressedTo())).containsExactly("Ivan Sokolov");
        assertThat(reply.respondsTo()).hasSize(1);
        assertThat(x.name(x.byId(reply.respondsTo().get(0)).speaker())).isEqualTo("Ivan Sokolov");
        Statement denial = x.the("she had left the city");
        assertThat(denial.act()).isEqualTo("denial");
        assertThat(denial.denies()).hasSize(1);
    }

    @Test
    void linksTerritoriesThroughTheGazetteerWithTheirSpellings() {
        Extraction x = Extraction.of("Ivan Sokolov said shelling hit Kiev and Zaporozhye overnight.",
                ListTagger.people("Ivan Sokolov"));
        Statement s = x.the("shelling hit Kiev and Zaporozhye overnight");
        assertThat(s.mentions()).extracting(Statement.Mention::entity).contains("kyiv", "zaporizhzhia");
        Entity kyiv = x.dataset().entities().stream().filter(e -> e.id().equals("kyiv")).findFirst().orElseThrow();
        assertThat(kyiv.type()).isEqualTo(EntityType.TERRITORY);
        assertThat(kyiv.partOf()).isEmpty(); // Ukraine is not named, so not in the dataset to point at
    }

    @Test
    void recordsThePositionAStatementTakesOnATerritory() {
        Extraction x = Extraction.of("Ivan Sokolov proposed that Crimea be recognised as part of Russia.",
                ListTagger.people("Ivan Sokolov"));
        Statement s = x.the("Crimea be recognised as part of Russia");
        assertThat(s.mentions()).contains(new Statement.Mention("crimea", "recognise-as-russian"));
    }

    @Test
    void keepsAQuotedFragmentInsideItsReportedClauseAsOneStatement() {
        Extraction x = Extraction.of("Anna Lysenko said the aid would flow \"until the job is done.\"",
                ListTagger.people("Anna Lysenko"));
        assertThat(x.speakerName("the aid would flow \"until the job is done.\"")).isEqualTo("Anna Lysenko");
        assertThat(x.dataset().statements()).hasSize(1);
    }

    @Test
    void keepsAShortClauseThatIsANounPhraseOfSpeechContent() {
        Extraction x = Extraction.of("Anna Lysenko said that Ivan Sokolov had told her Olena Kovalenko's conditions. "
                + "Petro Hrytsenko told him the time.", ListTagger.people("Anna Lysenko", "Ivan Sokolov",
                "Olena Kovalenko", "Petro Hrytsenko"));
        Statement s = x.the("Olena Kovalenko's conditions");
        assertThat(x.name(s.speaker())).isEqualTo("Ivan Sokolov");
        assertThat(x.names(s.reportedBy())).containsExactly("Anna Lysenko");
        // Anna's clause is only Ivan's words passed on: one statement, relayed, not two.
        assertThat(x.statement("Ivan Sokolov had told her Olena Kovalenko's conditions")).isEmpty();
        assertThat(x.statement("the time")).isEmpty(); // not speech content
    }

    @Test
    void takesTheSentenceThatSpellsOutASpeechNounAsItsOwnersWords() {
        String text = "Ivan Sokolov said Anna Lysenko had told him Olena Kovalenko's conditions.\n"
                + "They were that the corridor open at dawn and that the shelling stop.";
        Extraction x = Extraction.of(text, ListTagger.people("Ivan Sokolov", "Anna Lysenko", "Olena Kovalenko"));
        Statement s = x.the("the corridor open at dawn and that the shelling stop");
        assertThat(x.name(s.speaker())).isEqualTo("Olena Kovalenko");
        assertThat(s.act()).isEqualTo("demand");
        assertThat(x.names(s.reportedBy())).containsExactly("Anna Lysenko", "Ivan Sokolov");
    }

    @Test
    void endsAClauseBeforeTheSpeakersNextVerb() {
        Extraction x = Extraction.of("Ivan Sokolov said he would order a full review of the city's defenses and "
                + "warned against any delay in the repairs.", ListTagger.people("Ivan Sokolov"));
        assertThat(x.speakerName("he would order a full review of the city's defenses")).isEqualTo("Ivan Sokolov");
        Extraction y = Extraction.of("Anna Lysenko said the bridge was closed and the ferries were full.",
                ListTagger.people("Anna Lysenko"));
        assertThat(y.speakerName("the bridge was closed and the ferries were full")).isEqualTo("Anna Lysenko");
    }

    @Test
    void keepsTheReportedClausesOwnPassiveConjunctWhichCannotShareThePresentCuesSubject() {
        Extraction x = Extraction.of("Anna Lysenko says the elections broke the law and were held under the threat "
                + "of force.", ListTagger.people("Anna Lysenko"));
        assertThat(x.speakerName("the elections broke the law and were held under the threat of force"))
                .isEqualTo("Anna Lysenko");
    }

    @Test
    void readsAdvisedThatAsAWarningButNotAdvisingSomeone() {
        Extraction x = Extraction.of("Ivan Sokolov advised that any convoy on the road after dark would be stopped. "
                + "Anna Lysenko advised the mayor on the budget for two years.",
                ListTagger.people("Ivan Sokolov", "Anna Lysenko"));
        assertThat(x.speakerName("any convoy on the road after dark would be stopped")).isEqualTo("Ivan Sokolov");
        assertThat(x.the("any convoy on the road after dark would be stopped").act()).isEqualTo("warning");
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("budget"));
    }

    @Test
    void readsASpeakersLabelBeforeAColonInAHeadlineAndATranscript() {
        String text = "Ivan Sokolov: The Convoy Will Leave at Dawn, Not ‘Later’ in the Day\n\n"
                + "Ivan Sokolov spoke with Anna Lysenko on the radio on Sunday.\n\n"
                + "\"SOKOLOV: We will open the corridor at dawn, and not an hour later.\n\n"
                + "\"LYSENKO: Who will guard the corridor while the trucks are loading?\n\n"
                + "\"SOKOLOV: The city police will guard it until the last truck leaves.\"\n\n"
                + "Update: the station repeated the interview.";
        Extraction x = Extraction.of(text, ListTagger.people("Ivan Sokolov", "Anna Lysenko"));
        Statement headline = x.the("The Convoy Will Leave at Dawn, Not ‘Later’ in the Day");
        assertThat(x.name(headline.speaker())).isEqualTo("Ivan Sokolov");
        assertThat(headline.verbatim()).isFalse(); // a headline's words, not a quotation
        assertThat(x.dataset().statements().stream().filter(s -> s.verbatim()).map(s -> x.name(s.speaker())))
                .containsExactly("Ivan Sokolov", "Anna Lysenko", "Ivan Sokolov");
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("the station repeated"));
    }

    @Test
    void readsOfferedAsAProposal() {
        String text = "Olena Kovalenko offered to host the next round of talks in Geneva. "
                + "Anna Lysenko has long offered the use of her trucks to the relief convoys, with dozens of drivers "
                + "being recruited by the city. Ivan Sokolov offered two options. "
                + "Olena Kovalenko offered no evidence for the shelling.";
        Extraction x = Extraction.of(text, ListTagger.people("Olena Kovalenko", "Anna Lysenko", "Ivan Sokolov"));
        assertThat(x.the("to host the next round of talks in Geneva").act()).isEqualTo("proposal");
        // "has long offered": one adverb after the auxiliary; the absolute "with … being …" is the reporter's.
        assertThat(x.speakerName("the use of her trucks to the relief convoys")).isEqualTo("Anna Lysenko");
        assertThat(x.statement("two options")).isEmpty(); // too short, and no speech content
        assertThat(x.statement("no evidence for the shelling")).isEmpty();
    }

    @Test
    void endsAClauseBeforeTheAttributionThatReportsIt() {
        Extraction x = Extraction.of("Olena Kovalenko offered to reopen the crossing at Vylok, Ivan Sokolov said.",
                ListTagger.people("Olena Kovalenko", "Ivan Sokolov"));
        Statement s = x.the("to reopen the crossing at Vylok"); // the dataset validates: no cycle of reports
        assertThat(x.name(s.speaker())).isEqualTo("Olena Kovalenko");
        assertThat(x.names(s.reportedBy())).containsExactly("Ivan Sokolov");
    }

    @Test
    void takesAResponseWithItsAgentAsSubjectAsAReply() {
        String text = "Ivan Sokolov proposed that the border posts be merged.\n"
                + "Petro Hrytsenko gave a curt reply to Ivan Sokolov's proposal.\n"
                + "Anna Lysenko gave no response to the letter.";
        Extraction x = Extraction.of(text, ListTagger.people("Ivan Sokolov", "Petro Hrytsenko", "Anna Lysenko"));
        Statement s = x.the("Petro Hrytsenko gave a curt reply to Ivan Sokolov's proposal");
        assertThat(x.name(s.speaker())).isEqualTo("Petro Hrytsenko");
        assertThat(s.act()).isEqualTo("reply");
        assertThat(s.respondsTo()).hasSize(1);
        assertThat(x.name(x.byId(s.respondsTo().get(0)).speaker())).isEqualTo("Ivan Sokolov");
        assertThat(x.statement("a curt reply to Ivan Sokolov's proposal")).isEmpty();
        assertThat(x.statement("Anna Lysenko gave no response to the letter")).isEmpty(); // no response is no reply
    }

    @Test
    void leavesAClosingAsideOutOfTheReportedClause() {
        Extraction x = Extraction.of("Anna Lysenko said shells had hit the school in Vovchansk, one of the towns "
                + "retaken in the spring.", ListTagger.people("Anna Lysenko"));
        assertThat(x.speakerName("shells had hit the school in Vovchansk")).isEqualTo("Anna Lysenko");
    }

    @Test
    void producesAnExtractedDatasetWithConfidenceEverywhere() {
        Extraction x = Extraction.of("“Hold the line,” Anna Lysenko said.", ListTagger.people("Anna Lysenko"));
        assertThat(x.dataset().origin()).isEqualTo("extracted");
        assertThat(x.dataset().statements()).allMatch(s -> s.confidence() != null && s.id().startsWith("test-article."));
        assertThat(x.dataset().entities()).allMatch(e -> e.confidence() != null);
    }
}
