package org.saidgraph.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LinkingTest {

    private static final long DAY = 19_300;

    private static LinkStatement quote(String id, String text) {
        return new LinkStatement(id, "ana-vel", true, text, "statement", List.of("orla"), DAY);
    }

    private static LinkStatement reported(String id, String text) {
        return new LinkStatement(id, "ana-vel", false, text, "statement", List.of("orla"), DAY);
    }

    /** Every incoming statement a candidate of every other, as an index that finds everything would answer. */
    private static List<Candidate> allPairs(List<LinkStatement> incoming) {
        List<Candidate> candidates = new ArrayList<>();
        for (LinkStatement a : incoming) {
            for (LinkStatement b : incoming) {
                if (a != b) {
                    candidates.add(new Candidate(a.id(), b, null, null, false));
                }
            }
        }
        return candidates;
    }

    private static List<List<String>> clusters(List<LinkStatement> incoming) {
        return members(Linking.plan(incoming, allPairs(incoming)));
    }

    private static List<List<String>> members(List<Linking.Group> groups) {
        return groups.stream().map(g -> g.links().stream().map(Linking.Link::statementId).sorted().toList())
                .sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }

    @Test
    void quotationsWithTheSameWordsAreOneUtteranceWhateverTheTypography() {
        var plan = Linking.plan(List.of(quote("a.1", "No, the dam will not close."),
                        quote("b.1", "no — the dam will not close"), quote("c.1", "No, the dam will not close.")),
                allPairs(List.of(quote("a.1", "No, the dam will not close."),
                        quote("b.1", "no — the dam will not close"), quote("c.1", "No, the dam will not close."))));

        assertThat(plan).singleElement().satisfies(g -> assertThat(g.links()).extracting(Linking.Link::match)
                .containsExactly(Match.EXACT, Match.NORMALISED, Match.EXACT));
    }

    @Test
    void aCutQuotationJoinsTheLongerOneItIsPartOf() {
        LinkStatement full = quote("a.1", "The dam will stay closed until spring. Nobody will be forced to leave.");
        LinkStatement cut = quote("b.1", "the dam will stay closed until spring");

        var plan = Linking.plan(List.of(cut, full), allPairs(List.of(cut, full)));

        assertThat(plan).singleElement().satisfies(g -> assertThat(g.links())
                .containsExactly(new Linking.Link("a.1", Match.EXACT, 1.0),
                        new Linking.Link("b.1", Match.CONTAINED, Linking.round(7.0 / 13))));
    }

    @Test
    void aLongerQuotationJoinsTwoExistingCutsIntoOneUtterance() {
        LinkStatement first = quote("a.1", "The dam will stay closed until spring.");
        LinkStatement second = quote("b.1", "Nobody will be forced to leave.");
        LinkStatement full = quote("c.1", "The dam will stay closed until spring. Nobody will be forced to leave.");
        List<Candidate> candidates = List.of(
                new Candidate("c.1", first, "ana-vel.u1", first.text(), true),
                new Candidate("c.1", second, "ana-vel.u2", second.text(), true));

        var plan = Linking.plan(List.of(full), candidates);

        assertThat(plan).singleElement().satisfies(g -> {
            assertThat(g.utterances()).containsExactly("ana-vel.u1", "ana-vel.u2");
            assertThat(g.links()).containsExactly(new Linking.Link("c.1", Match.EXACT, 1.0));
        });
    }

    @Test
    void aFragmentOfTwoDifferentQuotationsIsAmbiguousAndStaysApart() {
        LinkStatement one = quote("a.1", "the dam will stay closed until spring and then we will see");
        LinkStatement two = quote("b.1", "I said the dam will stay closed until spring last year too");
        LinkStatement fragment = quote("c.1", "the dam will stay closed until spring");
        List<Candidate> candidates = List.of(
                new Candidate("c.1", one, "ana-vel.u1", one.text(), true),
                new Candidate("c.1", two, "ana-vel.u2", two.text(), true));

        var plan = Linking.plan(List.of(fragment), candidates);

        assertThat(plan).singleElement().satisfies(g -> assertThat(g.utterances()).isEmpty());
    }

    @Test
    void shortPartialQuotesAreNotMatchedInsideLongerOnes() {
        assertThat(clusters(List.of(quote("a.1", "a very diplomatic reply"),
                quote("b.1", "This was a very diplomatic reply to the envoy.")))).hasSize(1);
        assertThat(clusters(List.of(quote("a.1", "very diplomatic"),
                quote("b.1", "This was a very diplomatic reply to the envoy.")))).hasSize(2);
    }

    @Test
    void reportedSpeechWithSimilarWordingJoinsTheQuotationItReports() {
        LinkStatement said = quote("a.1", "The dam on the Orla river will be closed for repairs until the spring.");
        LinkStatement reported = reported("b.1", "the Orla river dam would stay closed for repairs until spring");

        var plan = Linking.plan(List.of(reported, said), allPairs(List.of(reported, said)));

        assertThat(plan).singleElement().satisfies(g -> assertThat(g.links()).extracting(Linking.Link::match)
                .containsExactly(Match.EXACT, Match.PARAPHRASE));
    }

    @Test
    void twoDifferentQuotationsStayTwoUtterancesHoweverAlike() {
        assertThat(clusters(List.of(quote("a.1", "The dam on the Orla will close for repairs until spring."),
                quote("b.1", "Until spring, the dam on the Orla will close for repairs.")))).hasSize(2);
    }

    @Test
    void reportedSpeechOfAnotherActOrOtherMentionsIsAnotherUtterance() {
        LinkStatement a = reported("a.1", "the Orla river dam would stay closed for repairs until spring");
        LinkStatement otherAct = new LinkStatement("b.1", "ana-vel", false, a.text(), "promise", List.of("orla"), DAY);
        LinkStatement otherMentions = new LinkStatement("c.1", "ana-vel", false, a.text(), "statement",
                List.of("orla", "lenk"), DAY);

        assertThat(clusters(List.of(a, otherAct, otherMentions))).hasSize(3);
    }

    @Test
    void theSameWordsSaidWeeksApartAreTwoUtterances() {
        LinkStatement early = quote("a.1", "We are watching the river very closely.");
        LinkStatement late = new LinkStatement("b.1", "ana-vel", true, early.text(), "statement", List.of("orla"),
                DAY + LinkKeys.DAYS + 1);
        LinkStatement nearby = new LinkStatement("c.1", "ana-vel", true, early.text(), "statement", List.of("orla"),
                DAY + LinkKeys.DAYS);

        assertThat(clusters(List.of(early, late))).hasSize(2);
        assertThat(clusters(List.of(early, nearby))).hasSize(1);
    }

    @Test
    void anotherSpeakersIdenticalWordsAreAnotherUtterance() {
        LinkStatement a = quote("a.1", "We are watching the river very closely.");
        LinkStatement b = new LinkStatement("b.1", "ben-tor", true, a.text(), "statement", List.of("orla"), DAY);

        assertThat(clusters(List.of(a, b))).hasSize(2);
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderOfTheStatements() {
        List<LinkStatement> statements = new ArrayList<>(List.of(
                quote("a.1", "The dam will stay closed until spring. Nobody will be forced to leave the valley."),
                quote("b.1", "the dam will stay closed until spring"),
                quote("c.1", "Nobody will be forced to leave the valley"),
                reported("d.1", "nobody would be forced to leave the valley"),
                reported("e.1", "the dam would stay closed until the spring"),
                quote("f.1", "We will pay for every house."),
                reported("g.1", "they would pay for every house")));
        List<List<String>> expected = clusters(statements);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(statements, random);
            assertThat(clusters(statements)).isEqualTo(expected);
        }
        assertThat(expected).containsExactly(List.of("a.1", "b.1", "c.1", "d.1", "e.1"), List.of("f.1", "g.1"));
    }

    // Two territories: a quotation naming both, and reports of it that each name one. Reported speech may name fewer
    // of a quotation's entities, so each report alone matches the quotation; the two reports contradict each other.
    private static final LinkStatement BOTH = new LinkStatement("a.1", "ana-vel", true,
            "Lenk and Varo should accept permanent neutrality, guaranteed by their neighbours.", "proposal",
            List.of("lenk", "varo"), DAY);
    private static final LinkStatement LENK = new LinkStatement("b.1", "ana-vel", false,
            "Lenk should accept permanent neutrality, guaranteed by its neighbours.", "proposal", List.of("lenk"), DAY);
    private static final LinkStatement VARO = new LinkStatement("c.1", "ana-vel", false,
            "Varo should accept permanent neutrality, guaranteed by its neighbours.", "proposal", List.of("varo"), DAY);

    @Test
    void eachReportAloneMatchesTheQuotationThatNamesBothTerritories() {
        assertThat(clusters(List.of(BOTH, LENK))).hasSize(1);
        assertThat(clusters(List.of(BOTH, VARO))).hasSize(1);
    }

    @Test
    void aReportThatContradictsAReportOfTheUtteranceDoesNotJoinIt() {
        List<Candidate> candidates = List.of(new Candidate("c.1", BOTH, "ana-vel.u1", BOTH.text(), true));

        var plan = Linking.plan(List.of(VARO), candidates, java.util.Map.of("ana-vel.u1", List.of(LENK)));

        assertThat(plan).singleElement().satisfies(g -> {
            assertThat(g.utterances()).isEmpty();
            assertThat(g.links()).containsExactly(new Linking.Link("c.1", Match.EXACT, 1.0));
        });
    }

    @Test
    void aReportThatAgreesWithEveryReportOfTheUtteranceJoinsIt() {
        LinkStatement again = new LinkStatement("d.1", "ana-vel", false,
                "Lenk should accept permanent neutrality, guaranteed by its neighbours.", "proposal", List.of("lenk"),
                DAY + 1);
        List<Candidate> candidates = List.of(new Candidate("d.1", BOTH, "ana-vel.u1", BOTH.text(), true));

        var plan = Linking.plan(List.of(again), candidates, java.util.Map.of("ana-vel.u1", List.of(LENK)));

        assertThat(plan).singleElement().satisfies(g -> {
            assertThat(g.utterances()).containsExactly("ana-vel.u1");
            assertThat(g.links()).extracting(Linking.Link::match).containsExactly(Match.PARAPHRASE);
        });
    }

    @Test
    void contradictingReportsOfOneQuotationInOneBatchAreTwoUtterances() {
        assertThat(clusters(List.of(VARO, BOTH, LENK))).containsExactly(List.of("a.1", "b.1"), List.of("c.1"));
    }

    @Test
    void aReportThatContradictsTheQuotationsReportsJoinsTheReportsItAgreesWith() {
        LinkStatement earlierVaro = new LinkStatement("e.1", "ana-vel", false, VARO.text(), "proposal",
                List.of("varo"), DAY - 1);
        List<Candidate> candidates = List.of(new Candidate("c.1", BOTH, "ana-vel.u1", BOTH.text(), true),
                new Candidate("c.1", earlierVaro, "ana-vel.u2", earlierVaro.text(), false));

        var plan = Linking.plan(List.of(VARO), candidates, java.util.Map.of("ana-vel.u1", List.of(LENK)));

        assertThat(plan).singleElement().satisfies(g -> {
            assertThat(g.utterances()).containsExactly("ana-vel.u2");
            assertThat(g.links()).containsExactly(new Linking.Link("c.1", Match.PARAPHRASE, 1.0));
        });
    }

    @Test
    void aQuotationDoesNotJoinTwoUtterancesWhoseReportsContradictEachOther() {
        List<Candidate> candidates = List.of(new Candidate("a.1", LENK, "ana-vel.u1", LENK.text(), false),
                new Candidate("a.1", VARO, "ana-vel.u2", VARO.text(), false));

        var plan = Linking.plan(List.of(BOTH), candidates);

        assertThat(plan).singleElement().satisfies(g -> {
            assertThat(g.utterances()).hasSize(1);
            assertThat(g.links()).extracting(Linking.Link::statementId).containsExactly("a.1");
        });
    }

    @Test
    void theReportsOfAnUtteranceMetByItsQuotationAloneAreNotNeededButThoseAReportMayJoinAre() {
        LinkStatement copy = quote("q.2", "The dam will stay closed until spring. Nobody will be forced to leave.");
        LinkStatement other = quote("q.1", "The dam will stay closed until spring. Nobody will be forced to leave.");
        List<Candidate> byQuotation = List.of(new Candidate("q.2", other, "ana-vel.u9", other.text(), true));

        assertThat(Linking.reportsNeeded(List.of(copy), byQuotation)).isEmpty();

        List<Candidate> byReport = List.of(new Candidate("d.1", BOTH, "ana-vel.u1", BOTH.text(), true),
                new Candidate("d.1", copy, null, null, false), new Candidate("q.2", other, "ana-vel.u9",
                        other.text(), true));
        // d.1 reports BOTH: its utterance's reports are weighed, and so are those of every utterance d.1 could
        // bring together with it (through the batch's q.2, u9 here).
        assertThat(Linking.reportsNeeded(List.of(varoAs("d.1"), copy), byReport))
                .containsExactly("ana-vel.u1", "ana-vel.u9");
    }

    private static LinkStatement varoAs(String id) {
        return new LinkStatement(id, VARO.speaker(), VARO.verbatim(), VARO.text(), VARO.act(), VARO.mentions(),
                VARO.day());
    }
}
