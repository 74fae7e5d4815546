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
    void anObjectEndsBeforeTheGoBetweenTheWordsCameThrough() {
        assertSpoken("Lena Brandt denied the harbour allegations through a spokeswoman.", "the harbour allegations",
                "Lena Brandt");
        assertSpoken("Ana Okafor rejected the ferry report through her lawyer on Monday.", "the ferry report",
                "Ana Okafor");
    }

    @Test
    void anObjectEndsBeforeTheMediumTheWordsWentOutOn() {
        assertSpoken("Lena Brandt mocked the mayor again on Twitter.", "the mayor", "Lena Brandt");
        assertSpoken("Ana Okafor attacked the harbour levy from the council floor.", "the harbour levy",
                "Ana Okafor");
    }

    @Test
    void aMediumBeforeTheReasonGivenStaysWithTheReason() {
        assertSpoken("Lena Brandt attacked the mayor on Twitter for closing the public baths.",
                "the mayor on Twitter for closing the public baths", "Lena Brandt");
    }

    @Test
    void aThroughPhraseThatNamesNoGoBetweenStaysInTheStatement() {
        assertSpoken("Ana Okafor praised the council's plan to fund the shelter through a local levy.",
                "the council's plan to fund the shelter through a local levy", "Ana Okafor");
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
        Extraction x = Extraction.of("The harbour will close in May, senior town councillors said Thursday evening, as "
                + "they met in the town hall.", PEOPLE);
        assertThat(x.the("The harbour will close in May")).isNotNull();
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("town hall"));
    }

    @Test
    void anInvertedAttributionAfterAConcessionAttributesTheWholeClause() {
        Extraction x = Extraction.of("Lena Brandt runs the ferry.\nThe fares rose by a third in two years, but for "
                + "many the cost would be slight, said Brandt.", PEOPLE);
        assertThat(x.speakerName("The fares rose by a third in two years, but for many the cost would be slight"))
                .isEqualTo("Lena Brandt");
    }

    @Test
    void aClauseOpeningWithNeitherIsWhatWasSaid() {
        // Rule correlative-start (session 20): "neither", tagged as a conjunction, opens the clause, not a conjunct.
        Extractor.Traced t = new Extractor(PEOPLE, Extraction.GAZETTEER).extractTraced(new ArticleInput("Beyond "
                + "that, Ana Okafor's aides say that neither candidate can win the 250 votes needed in the opening "
                + "round unaided, and they say that would hand the decision to the board.", "Test article", null, null,
                null, null), KnownEntities.none());
        assertThat(t.dataset().statements()).anyMatch(s -> s.text().startsWith("neither candidate can win")
                && t.rules().get(s.id()).equals("verb-complement"));
    }

    @Test
    void aPhraseWithNoVerbBeforeTheSubjectIsFramingAndWhatFollowsTheVerbIsWhatWasSaid() {
        // Rule framing-then-after (session 22): "In a letter to its members" was read as what was said and dropped as
        // the reporter's framing, so the request after the verb was never read.
        Extraction x = Extraction.of("In a letter to its members, the harbour union urged them to vote against the "
                + "new contract.", PEOPLE);
        assertThat(x.the("to vote against the new contract").speaker()).isNotNull();
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("In a letter"));
    }

    @Test
    void aVerblessPhraseBeforeAnAsideAndAVerbAfterItAreOneClause() {
        // Rule aside-verb-after (session 22): the parse tags "needs" a noun and hangs "is for …" on "said", so nothing
        // after the aside was read and the words before it were dropped as verbless. The parse is the one news prose
        // got (written out, since the live parser may read this short sentence otherwise).
        Extraction x = Extraction.of("The thing the harbour most needs, clerks said, is for the council to act.",
                new FixedParse(ASIDE_VERB_AFTER, PEOPLE));
        assertThat(x.dataset().statements()).anyMatch(s -> s.text().startsWith("The thing the harbour most needs")
                && s.text().contains("for the council to act"));
    }

    @Test
    void aPastTenseTaggedAsAParticipleAfterAnAsideCompletesTheClauseAroundIt() {
        // Rule verb-aside-past (session 26): the tagger takes "slowed" for a participle, so the clause after the aside
        // had no finite verb and only the gerund phrase before it was read (and dropped as a fronted clause). The
        // parse is the shape news prose got, written out.
        Extraction x = Extraction.of("Cutting the ferry budget so early, several economists say, slowed the recovery "
                + "of the port.", new FixedParse(ASIDE_PAST_VERB, PEOPLE));
        assertThat(x.dataset().statements()).anyMatch(s -> s.text().startsWith("Cutting the ferry budget so early")
                && s.text().contains("slowed the recovery of the port"));
    }

    @Test
    void onlyAParticipleRightAfterTheAsidesCommaIsReadAsAPastTense() {
        // verb-aside-past reads the word right after the comma that closes the aside, and only a participle.
        Analysis a = new FixedParse(ASIDE_PAST_VERB, PEOPLE).analyze("Cutting the ferry budget so early, several "
                + "economists say, slowed the recovery of the port.");
        assertThat(PastAfterAside.reads(a, 11)).isTrue();
        assertThat(PastAfterAside.reads(a, 13)).as("not a participle").isFalse();
        assertThat(PastAfterAside.reads(a, 8)).as("not after a comma").isFalse();
    }

    @Test
    void anOpeningClauseWhoseReportedVerbTheParseMadeItsHeadEndsAtItsComma() {
        // Rule opening-clause-comma (session 20): the parse hangs "say" on "play", the verb of what was said.
        Extraction x = Extraction.of("While the leading figures of both town factions say the harbour board must "
                + "play a central part in fighting the flood risk, they disagree on how far to back "
                + "what amounts to a fresh levy in all but name.", PEOPLE);
        assertThat(x.the("the harbour board must play a central part in fighting the flood risk").speaker())
                .isNotNull();
    }

    @Test
    void whatWasSaidInARelativeClauseEndsAtItsComma() {
        // Rule relative-clause-comma (session 21): read linearly, the clause ran on into the main clause. The live
        // parser makes the speaker's name the root of this short sentence, so the test gives the parse that news
        // prose gets (the relative clause on the name, the name the subject of the main verb).
        String text = "Ana Okafor, who said last week that the ferry was losing money, issued a statement Tuesday "
                + "saying, “We will keep it running.”";
        Extraction x = Extraction.of(text, new FixedParse(RELATIVE_CLAUSE, PEOPLE));
        assertThat(x.containing("the ferry was losing money").text()).doesNotContain("issued");
        assertThat(x.dataset().statements()).as("the main clause's own attribution is read")
                .anyMatch(s -> s.text().contains("We will keep it running") && !s.text().contains("ferry"));
    }

    @Test
    void aQuotationEndsBeforeAParticipleWithAQuotationOfItsOwn() {
        // Rule participle-after-quotation (session 21): the comma before "adding" sits inside the closing mark.
        Extraction x = Extraction.of("The pier has been shut since May. Ana Okafor stated, “The pier will stay closed "
                + "all winter,” adding, “We have no money to fix it.”", PEOPLE);
        assertThat(x.dataset().statements()).as("the first quotation is read once, without the second")
                .filteredOn(s -> s.text().contains("stay closed all winter")).singleElement()
                .satisfies(s -> assertThat(s.text()).doesNotContain("no money"));
        assertThat(x.dataset().statements()).anyMatch(s -> s.text().contains("We have no money to fix it"));
    }

    @Test
    void whatWasSaidEndsBeforeADashAsideWithItsOwnAttribution() {
        // Rule attributed-aside (session 21).
        Extraction x = Extraction.of("Ana Okafor suggested that the pier plan was too costly - \"We cannot pay for "
                + "this,\" she said - and warned that the harbour board would run out of money by June.", PEOPLE);
        assertThat(x.statement("the pier plan was too costly")).isPresent();
    }

    @Test
    void whatWasSaidEndsBeforeAColonOpeningAQuotationWithItsOwnAttribution() {
        // Rule attributed-colon (session 21): the quotation after the colon is attributed on its own.
        Extraction x = Extraction.of("Ana Okafor insisted that the ferry had never been safer: \"Not one passenger "
                + "was hurt in ten years,\" she told the harbour board.", PEOPLE);
        assertThat(x.dataset().statements()).as("what was insisted ends before the colon")
                .filteredOn(s -> s.text().contains("the ferry had never been safer")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.text()).doesNotContain("Not one passenger"));
    }

    @Test
    void aColonWithoutAttributedQuotationDoesNotEndWhatWasSaid() {
        Extraction x = Extraction.of("Lena Brandt said the board had one choice left: \"close the pier for the "
                + "winter.\"", PEOPLE);
        assertThat(x.dataset().statements()).anyMatch(s -> s.text().contains("close the pier"));
    }

    /** word, tag, lemma, head, relation: "NAME, who said …, issued a statement … saying, “…”". */
    private static final String[][] RELATIVE_CLAUSE = {
            {"Ana", "NNP", "Ana", "1", "compound"}, {"Okafor", "NNP", "Okafor", "14", "nsubj"},
            {",", ",", ",", "1", "punct"}, {"who", "WP", "who", "4", "nsubj"}, {"said", "VBD", "say", "1", "acl:relcl"},
            {"last", "JJ", "last", "6", "amod"}, {"week", "NN", "week", "4", "obl:tmod"},
            {"that", "IN", "that", "11", "mark"}, {"the", "DT", "the", "9", "det"}, {"ferry", "NN", "ferry", "11", "nsubj"},
            {"was", "VBD", "be", "11", "aux"}, {"losing", "VBG", "lose", "4", "ccomp"},
            {"money", "NN", "money", "11", "obj"}, {",", ",", ",", "1", "punct"},
            {"issued", "VBD", "issue", "-1", "root"}, {"a", "DT", "a", "16", "det"},
            {"statement", "NN", "statement", "14", "obj"}, {"Tuesday", "NNP", "Tuesday", "18", "nsubj"},
            {"saying", "VBG", "say", "14", "dep"}, {",", ",", ",", "18", "punct"}, {"“", "``", "“", "18", "punct"},
            {"We", "PRP", "we", "23", "nsubj"}, {"will", "MD", "will", "23", "aux"}, {"keep", "VB", "keep", "18", "ccomp"},
            {"it", "PRP", "it", "23", "obj"}, {"running", "VBG", "run", "23", "xcomp"}, {".", ".", ".", "14", "punct"},
            {"”", "''", "”", "14", "punct"}};

    private static final String[][] ASIDE_VERB_AFTER = {
            {"The", "DT", "the", "1", "det"}, {"thing", "NN", "thing", "-1", "root"}, {"the", "DT", "the", "3", "det"},
            {"harbour", "NN", "harbour", "5", "nsubj"}, {"most", "RBS", "most", "5", "advmod"},
            {"needs", "NNS", "need", "1", "acl:relcl"}, {",", ",", ",", "1", "punct"},
            {"clerks", "NNS", "clerk", "8", "nsubj"}, {"said", "VBD", "say", "1", "dep"}, {",", ",", ",", "8", "punct"},
            {"is", "VBZ", "be", "13", "cop"}, {"for", "IN", "for", "13", "case"}, {"the", "DT", "the", "13", "det"},
            {"council", "NN", "council", "8", "obl"}, {"to", "TO", "to", "15", "mark"}, {"act", "VB", "act", "13", "acl"},
            {".", ".", ".", "1", "punct"}};

    private static final String[][] ASIDE_PAST_VERB = {
            {"Cutting", "VBG", "cut", "9", "advcl"}, {"the", "DT", "the", "3", "det"},
            {"ferry", "NN", "ferry", "3", "compound"}, {"budget", "NN", "budget", "0", "obj"},
            {"so", "RB", "so", "5", "advmod"}, {"early", "RB", "early", "0", "advmod"}, {",", ",", ",", "9", "punct"},
            {"several", "JJ", "several", "8", "amod"}, {"economists", "NNS", "economist", "9", "nsubj"},
            {"say", "VBP", "say", "-1", "root"}, {",", ",", ",", "9", "punct"}, {"slowed", "VBN", "slow", "9", "dep"},
            {"the", "DT", "the", "13", "det"}, {"recovery", "NN", "recovery", "11", "obj"},
            {"of", "IN", "of", "16", "case"}, {"the", "DT", "the", "16", "det"}, {"port", "NN", "port", "13", "nmod"},
            {".", ".", ".", "9", "punct"}};

    /** An analyzer that gives one sentence a parse written out in the test, and names from a list tagger. */
    private record FixedParse(String[][] parse, ListTagger names) implements Analyzer {
        @Override
        public Analysis analyze(String text) {
            java.util.List<Analysis.Token> tokens = new java.util.ArrayList<>();
            int[] head = new int[parse.length];
            String[] relation = new String[parse.length];
            int at = 0;
            for (int i = 0; i < parse.length; i++) {
                int start = text.indexOf(parse[i][0], at);
                if (start < 0) {
                    return names.analyze(text);
                }
                at = start + parse[i][0].length();
                tokens.add(new Analysis.Token(start, at, parse[i][0], parse[i][1], parse[i][2]));
                head[i] = Integer.parseInt(parse[i][3]);
                relation[i] = parse[i][4];
            }
            return new Analysis(tokens, java.util.List.of(new Analysis.Sentence(0, parse.length)), names.tag(text),
                    head, relation);
        }
    }

    private static void assertSpoken(String text, String statement, String speaker) {
        assertThat(Extraction.of(text, PEOPLE).speakerName(statement)).isEqualTo(speaker);
    }
}
