package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementApiTest extends ApiTestSupport {

    /** Every statement answer cites its source: article, span, the words of the span, and the sentence around it. */
    static void citesItsSource(JsonNode statement) {
        JsonNode source = statement.path("source");
        assertThat(source.path("articleId").asText()).as("source of %s", statement.path("id")).isEqualTo(SEED);
        assertThat(source.path("title").asText()).isNotBlank();
        int start = source.path("start").asInt();
        int end = source.path("end").asInt();
        assertThat(end).isGreaterThan(start);
        String evidence = source.path("evidence").asText();
        assertThat(evidence).hasSize(end - start);
        assertThat(source.path("passage").asText()).contains(evidence.strip());
        if (statement.path("verbatim").asBoolean()) {
            assertThat(evidence).isEqualTo(statement.path("text").asText());
        }
    }

    @Test
    void whatMuskSaidIncludesHisDenialOfBremmersClaim() {
        JsonNode page = get("/api/people/elon-musk/statements?size=200").isOk().json();
        assertThat(page.path("total").asLong()).isEqualTo(page.path("items").size());
        JsonNode denial = find(page.path("items"), MUSK_DENIAL);
        assertThat(denial.path("act").asText()).isEqualTo("denial");
        assertThat(denial.path("verbatim").asBoolean()).isTrue();
        assertThat(denial.path("text").asText()).contains("I have spoken to Putin only once");
        assertThat(texts(denial.path("denies"), "id")).containsExactly(BREMMER_CLAIM);
        assertThat(denial.at("/denies/0/speaker/id").asText()).isEqualTo("ian-bremmer");
        page.path("items").forEach(s -> {
            assertThat(s.at("/speaker/id").asText()).isEqualTo("elon-musk");
            citesItsSource(s);
        });
    }

    @Test
    void whatPutinSaidReachedUsThroughMuskThenBremmer() {
        JsonNode page = get("/api/people/vladimir-putin/statements").isOk().json();
        JsonNode demands = find(page.path("items"), PUTIN_DEMANDS);
        assertThat(demands.path("act").asText()).isEqualTo("demand");
        assertThat(demands.path("firstHand").asBoolean()).isFalse();
        assertThat(texts(demands.path("relayChain"), "id")).containsExactly("elon-musk", "ian-bremmer");
        assertThat(texts(demands.path("relayChain"), "hop")).containsExactly("1", "2");
        assertThat(at(demands.path("mentions"), "/id")).contains("crimea", "luhansk", "zaporizhzhia");
        assertThat(demands.path("reportedIn")).isNotEmpty();
        citesItsSource(demands);
        assertThat(demands.at("/source/passage").asText()).contains("Crimea remain Russian");
    }

    @Test
    void putinsRelayedDemandsAreSecondHandAndDisputedByMusksDenialsOfBremmersClaim() {
        JsonNode demands = get("/api/statements/" + PUTIN_DEMANDS).isOk().json();
        assertThat(demands.path("firstHand").asBoolean()).isFalse();
        assertThat(demands.path("disputed").asBoolean()).isTrue();
        assertThat(demands.path("deniedBy")).as("no one denies the demands themselves").isEmpty();
        assertThat(texts(demands.path("disputedBy"), "id")).containsExactly(SEED + ".musk-denial-tweet",
                SEED + ".musk-denies-putin-call");
        assertThat(demands.at("/disputedBy/0/speaker/id").asText()).isEqualTo("elon-musk");

        JsonNode claim = get("/api/statements/" + BREMMER_CLAIM).isOk().json();
        assertThat(claim.path("disputed").asBoolean()).isTrue();
        assertThat(texts(claim.path("disputedBy"), "id")).containsExactlyElementsOf(texts(claim.path("deniedBy"), "id"));

        JsonNode denial = get("/api/statements/" + MUSK_DENIAL).isOk().json();
        assertThat(denial.path("firstHand").asBoolean()).isTrue();
        assertThat(denial.path("disputed").asBoolean()).isFalse();
        assertThat(denial.path("disputedBy")).isEmpty();
        // Musk's account to Bremmer is relayed in Bremmer's claim: not first-hand either.
        JsonNode account = get("/api/statements/" + SEED + ".musk-tells-bremmer-putin-demands").isOk().json();
        assertThat(account.path("firstHand").asBoolean()).isFalse();
        assertThat(account.path("disputed").asBoolean()).isTrue();
    }

    @Test
    void aStatementInFullContextCitesItsSourcePassage() {
        JsonNode denial = get("/api/statements/" + MUSK_DENIAL).isOk().json();
        assertThat(denial.at("/speaker/id").asText()).isEqualTo("elon-musk");
        assertThat(texts(denial.path("denies"), "id")).containsExactly(BREMMER_CLAIM);
        citesItsSource(denial);
        assertThat(denial.at("/source/passage").asText()).contains("the billionaire tweeted");

        JsonNode claim = get("/api/statements/" + BREMMER_CLAIM).isOk().json();
        assertThat(claim.path("act").asText()).isEqualTo("claim");
        assertThat(claim.at("/speaker/id").asText()).isEqualTo("ian-bremmer");
        assertThat(texts(claim.path("deniedBy"), "id")).contains(MUSK_DENIAL);
        assertThat(claim.path("reports")).isNotEmpty();
        citesItsSource(claim);
    }

    @Test
    void zelenskyPodolyakMelnykAndNausedaRepliedToMusk() {
        JsonNode proposal = get("/api/statements/" + MUSK_PROPOSAL).isOk().json();
        assertThat(proposal.at("/speaker/id").asText()).isEqualTo("elon-musk");
        assertThat(proposal.at("/counts/replies").asLong()).isEqualTo(proposal.path("replies").size());
        assertThat(at(proposal.path("replies"), "/speaker/id")).contains("volodymyr-zelensky",
                "mykhaylo-podolyak", "andriy-melnyk", "gitanas-nauseda");
        assertThat(at(proposal.path("mentions"), "/id")).contains("crimea");
    }

    @Test
    void aReplyShowsWhatItRepliesToAndWhomItAddresses() {
        JsonNode replies = get("/api/statements?speaker=gitanas-nauseda&verbatim=true").isOk().json();
        assertThat(replies.path("items")).isNotEmpty();
        JsonNode tweet = replies.path("items").get(0);
        assertThat(texts(tweet.path("respondsTo"), "id")).contains(MUSK_PROPOSAL);
        assertThat(texts(tweet.path("addressedTo"), "id")).contains("elon-musk");
        citesItsSource(tweet);
    }

    @Test
    void theThreadAroundMusksDenialStartsAtBremmersClaim() {
        JsonNode thread = get("/api/statements/" + MUSK_DENIAL + "/thread").isOk().json();
        assertThat(thread.path("focus").asText()).isEqualTo(MUSK_DENIAL);
        assertThat(thread.path("truncated").asBoolean()).isFalse();
        assertThat(thread.path("size").asInt()).isEqualTo(3);
        JsonNode root = thread.path("roots").get(0);
        assertThat(root.at("/statement/id").asText()).isEqualTo(BREMMER_CLAIM);
        assertThat(root.path("relation").isNull()).isTrue();
        JsonNode child = null;
        for (JsonNode c : root.path("children")) {
            if (c.at("/statement/id").asText().equals(MUSK_DENIAL)) {
                child = c;
            }
        }
        assertThat(child).isNotNull();
        assertThat(child.path("relation").asText()).isEqualTo("denies");
        assertThat(child.path("focus").asBoolean()).isTrue();
        citesItsSource(child.path("statement"));
    }

    @Test
    void theThreadAroundAReplyHoldsTheFourRepliesToMusk() {
        JsonNode melnyk = get("/api/statements?speaker=andriy-melnyk&size=1").isOk().json();
        String id = melnyk.at("/items/0/id").asText();
        JsonNode thread = get("/api/statements/" + enc(id) + "/thread").isOk().json();
        JsonNode root = thread.path("roots").get(0);
        assertThat(root.at("/statement/id").asText()).isEqualTo(MUSK_PROPOSAL);
        List<String> speakers = new ArrayList<>();
        root.path("children").forEach(c -> {
            speakers.add(c.at("/statement/speaker/id").asText());
            assertThat(c.path("relation").asText()).isEqualTo("replies");
        });
        assertThat(speakers).contains("volodymyr-zelensky", "mykhaylo-podolyak", "andriy-melnyk", "gitanas-nauseda");
    }

    @Test
    void threadChildrenComeInTheOrderTheyWereMade() {
        for (String id : new String[]{MUSK_PROPOSAL, MUSK_DENIAL}) {
            JsonNode thread = get("/api/statements/" + id + "/thread").isOk().json();
            JsonNode children = thread.at("/roots/0/children");
            assertThat(children.size()).isGreaterThan(1);
            List<String> order = new ArrayList<>();
            String previous = "";
            for (JsonNode c : children) {
                // One article: by date (undated last), then where the article prints them.
                JsonNode st = c.path("statement");
                String key = (st.has("date") ? st.path("date").asText() : "9999") + String.format(" %06d",
                        st.at("/source/start").asInt());
                assertThat(key).as("children of %s in the order they were made", id)
                        .isGreaterThanOrEqualTo(previous);
                previous = key;
                order.add(st.path("id").asText());
            }
            if (id.equals(MUSK_DENIAL)) {
                assertThat(order).containsExactly(SEED + ".musk-denies-putin-call", MUSK_DENIAL);
            } else {
                assertThat(order.get(0)).isEqualTo(SEED + ".zelensky-poll");
                assertThat(order.get(order.size() - 1)).isEqualTo(SEED + ".european-leaders-criticise-musk-idea");
            }
        }
    }

    @Test
    void filtersCombineAndPageWithTheTotal() {
        JsonNode denials = get("/api/statements?speaker=elon-musk&act=denial").isOk().json();
        assertThat(texts(denials.path("items"), "id")).contains(MUSK_DENIAL);
        denials.path("items").forEach(s -> {
            assertThat(s.path("act").asText()).isEqualTo("denial");
            assertThat(s.at("/speaker/id").asText()).isEqualTo("elon-musk");
        });

        JsonNode crimeaQuotes = get("/api/statements?mentions=crimea&verbatim=true").isOk().json();
        crimeaQuotes.path("items").forEach(s -> {
            assertThat(s.path("verbatim").asBoolean()).isTrue();
            assertThat(at(s.path("mentions"), "/id")).contains("crimea");
        });

        JsonNode all = get("/api/statements?article=" + SEED + "&size=200").isOk().json();
        long total = all.path("total").asLong();
        assertThat(total).isEqualTo(all.path("items").size()).isGreaterThan(10);
        JsonNode page1 = get("/api/statements?article=" + SEED + "&size=5&page=1").isOk().json();
        assertThat(page1.path("total").asLong()).isEqualTo(total);
        assertThat(page1.path("items")).hasSize(5);
        assertThat(page1.at("/items/0/id").asText()).isEqualTo(all.at("/items/5/id").asText());
        JsonNode beyond = get("/api/statements?size=5&page=1000").isOk().json();
        assertThat(beyond.path("items")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(total);
    }

    @Test
    void fullTextSearchUsesTheIndexBestMatchFirst() {
        JsonNode hits = get("/api/statements?q=" + enc("\"spoken to Putin\"")).isOk().json();
        assertThat(hits.at("/items/0/id").asText()).isEqualTo(MUSK_DENIAL);
        JsonNode narrowed = get("/api/statements?q=putin&speaker=ian-bremmer").isOk().json();
        narrowed.path("items").forEach(s -> assertThat(s.at("/speaker/id").asText()).isEqualTo("ian-bremmer"));
        assertThat(texts(narrowed.path("items"), "id")).contains(BREMMER_CLAIM);
    }

    @Test
    void fullTextAlsoSearchesEachStatementsEvidenceAndPassage() {
        // The article calls Musk "the billionaire" and Putin "the Russian dictator" around the statements.
        assertThat(texts(get("/api/statements?q=billionaire").isOk().json().path("items"), "id"))
                .containsExactly(MUSK_DENIAL);
        assertThat(texts(get("/api/statements?q=dictator").isOk().json().path("items"), "id"))
                .contains(BREMMER_CLAIM);
        assertThat(texts(get("/api/statements?q=Vice").isOk().json().path("items"), "id")).contains(MUSK_DENIAL);
        // Folding case and diacritics: the evidence of the European leaders' criticism names "Gitanas Nausėda".
        assertThat(texts(get("/api/statements?q=NAUSEDA").isOk().json().path("items"), "id"))
                .contains(SEED + ".european-leaders-criticise-musk-idea");
    }

    @Test
    void repliesToAndAddressedToAnswerTheReadmeQuestions() {
        JsonNode replies = get("/api/statements?repliesTo=elon-musk&size=200").isOk().json();
        List<String> speakers = at(replies.path("items"), "/speaker/id");
        assertThat(speakers).contains("volodymyr-zelensky", "mykhaylo-podolyak", "andriy-melnyk", "gitanas-nauseda")
                .doesNotContain("elon-musk");
        replies.path("items").forEach(StatementApiTest::citesItsSource);

        JsonNode addressed = get("/api/statements?addressedTo=elon-musk&verbatim=true").isOk().json();
        assertThat(at(addressed.path("items"), "/speaker/id")).contains("andriy-melnyk", "gitanas-nauseda");
        addressed.path("items").forEach(s -> {
            assertThat(texts(s.path("addressedTo"), "id")).contains("elon-musk");
            assertThat(s.at("/source/evidence").asText()).isEqualTo(s.path("text").asText());
        });
        assertThat(get("/api/statements?repliesTo=nobody").isProblem(400).json().path("parameter").asText())
                .isEqualTo("repliesTo");
        assertThat(get("/api/statements?addressedTo=nobody").isProblem(400).json().path("parameter").asText())
                .isEqualTo("addressedTo");
    }

    @Test
    void aFilterGivenSeveralTimesMatchesAnyOfItsValues() {
        JsonNode denialsAndClaims = get("/api/statements?act=denial&act=claim").isOk().json();
        assertThat(texts(denialsAndClaims.path("items"), "id")).containsExactlyInAnyOrder(MUSK_DENIAL,
                SEED + ".musk-denies-putin-call", BREMMER_CLAIM);
        assertThat(get("/api/statements?act=denial,claim").isOk().json().path("total").asLong()).isEqualTo(3);

        JsonNode twoSpeakers = get("/api/statements?speaker=ian-bremmer&speaker=andriy-melnyk&size=200").isOk()
                .json();
        assertThat(at(twoSpeakers.path("items"), "/speaker/id")).containsOnly("ian-bremmer", "andriy-melnyk")
                .contains("ian-bremmer", "andriy-melnyk");

        JsonNode crimeaOrDonbas = get("/api/statements?mentions=crimea&mentions=donbas&size=200").isOk().json();
        assertThat(texts(crimeaOrDonbas.path("items"), "id")).contains(PUTIN_DEMANDS, SEED + ".musk-second-poll");
        crimeaOrDonbas.path("items").forEach(st -> assertThat(at(st.path("mentions"), "/id"))
                .containsAnyOf("crimea", "donbas"));

        JsonNode secondHand = get("/api/statements?firstHand=false&size=200").isOk().json();
        assertThat(texts(secondHand.path("items"), "id")).contains(PUTIN_DEMANDS).doesNotContain(MUSK_DENIAL);
        secondHand.path("items").forEach(st -> assertThat(st.path("firstHand").asBoolean()).isFalse());
    }

    @Test
    void aSearchNarrowedByFirstHandOrDatesKeepsExactlyTheHitsThatQualify() {
        long all = get("/api/statements?q=putin&size=200").isOk().json().path("total").asLong();
        JsonNode firstHand = get("/api/statements?q=putin&firstHand=true&size=200").isOk().json();
        JsonNode secondHand = get("/api/statements?q=putin&firstHand=false&size=200").isOk().json();
        assertThat(firstHand.path("total").asLong()).isPositive();
        assertThat(secondHand.path("total").asLong()).isPositive();
        assertThat(firstHand.path("total").asLong() + secondHand.path("total").asLong()).isEqualTo(all);
        firstHand.path("items").forEach(st -> assertThat(st.path("firstHand").asBoolean()).isTrue());
        secondHand.path("items").forEach(st -> assertThat(st.path("firstHand").asBoolean()).isFalse());

        JsonNode fromTheEleventh = get("/api/statements?q=putin&from=2022-10-11&size=200").isOk().json();
        assertThat(texts(fromTheEleventh.path("items"), "id")).contains(MUSK_DENIAL);
        fromTheEleventh.path("items").forEach(st -> assertThat(st.path("date").asText()).isGreaterThanOrEqualTo(
                "2022-10-11"));
        JsonNode beforeTheEleventh = get("/api/statements?q=putin&to=2022-10-10&size=200").isOk().json();
        assertThat(texts(beforeTheEleventh.path("items"), "id")).doesNotContain(MUSK_DENIAL);
        beforeTheEleventh.path("items").forEach(st -> assertThat(st.path("date").asText()).isNotEmpty()
                .isLessThanOrEqualTo("2022-10-10"));
        assertThat(fromTheEleventh.path("total").asLong() + beforeTheEleventh.path("total").asLong())
                .as("undated hits are in neither range").isLessThan(all);
    }

    @Test
    void filtersGivenTogetherAllHoldThoughOnlyTheFirstGivesTheCandidates() {
        // The speaker gives the candidates; every other filter must still be checked on each of them.
        JsonNode all = get("/api/statements?speaker=andriy-melnyk&size=200").isOk().json();
        JsonNode toMusk = get("/api/statements?speaker=andriy-melnyk&addressedTo=elon-musk&size=200").isOk().json();
        JsonNode toNobodyElse = get("/api/statements?speaker=andriy-melnyk&addressedTo=ian-bremmer&size=200").isOk()
                .json();
        assertThat(toMusk.path("total").asLong()).isPositive().isLessThanOrEqualTo(all.path("total").asLong());
        toMusk.path("items").forEach(st -> assertThat(texts(st.path("addressedTo"), "id")).contains("elon-musk"));
        assertThat(toNobodyElse.path("total").asLong()).isZero();

        JsonNode muskFirstHand = get("/api/statements?speaker=elon-musk&firstHand=true&size=200").isOk().json();
        JsonNode muskSecondHand = get("/api/statements?speaker=elon-musk&firstHand=false&size=200").isOk().json();
        JsonNode musk = get("/api/statements?speaker=elon-musk&size=200").isOk().json();
        assertThat(muskFirstHand.path("total").asLong() + muskSecondHand.path("total").asLong())
                .isEqualTo(musk.path("total").asLong());
        String relayedByBremmer = SEED + ".musk-tells-bremmer-putin-demands";
        assertThat(texts(muskSecondHand.path("items"), "id")).contains(relayedByBremmer).doesNotContain(MUSK_DENIAL);
        assertThat(texts(muskFirstHand.path("items"), "id")).contains(MUSK_DENIAL).doesNotContain(relayedByBremmer);

        JsonNode repliesMentioningCrimea = get("/api/statements?repliesTo=elon-musk&mentions=crimea&size=200").isOk()
                .json();
        repliesMentioningCrimea.path("items").forEach(st -> assertThat(at(st.path("mentions"), "/id"))
                .contains("crimea"));
    }

    @Test
    void dateRangesKeepWhatWasSaidInThem() {
        JsonNode afterTheTenth = get("/api/statements?from=2022-10-11").isOk().json();
        assertThat(texts(afterTheTenth.path("items"), "id")).containsExactlyInAnyOrder(MUSK_DENIAL,
                SEED + ".musk-denies-putin-call");
        JsonNode thirdOfOctober = get("/api/statements?from=2022-10-03&to=2022-10-03&size=200").isOk().json();
        assertThat(texts(thirdOfOctober.path("items"), "id")).contains(MUSK_PROPOSAL, SEED + ".melnyk-insult-tweet")
                .doesNotContain(MUSK_DENIAL, BREMMER_CLAIM);
        thirdOfOctober.path("items").forEach(st -> assertThat(st.path("date").asText()).isEqualTo("2022-10-03"));
        JsonNode musksThatDay = get("/api/statements?speaker=elon-musk&to=2022-10-03&size=200").isOk().json();
        assertThat(texts(musksThatDay.path("items"), "id")).containsExactlyInAnyOrder(MUSK_PROPOSAL,
                SEED + ".musk-second-poll", SEED + ".musk-second-poll-tweet");
        assertThat(get("/api/statements?from=2023-01-01").isOk().json().path("total").asLong()).isZero();
    }

    @Test
    void enumeratedFiltersRefuseNonsenseAndSayWhichValuesExist() {
        JsonNode act = get("/api/statements?act=denial&act=shouting").isProblem(400).json();
        assertThat(act.path("parameter").asText()).isEqualTo("act");
        assertThat(act.path("detail").asText()).contains("'shouting'", "denial", "proposal", "praise")
                .doesNotContain("'denial'");
        JsonNode speakers = get("/api/statements?speaker=elon-musk&speaker=nobody").isProblem(400).json();
        assertThat(speakers.path("detail").asText()).contains("'nobody'").doesNotContain("'elon-musk'");
        for (String flag : new String[]{"verbatim=yes", "verbatim=1", "firstHand=on"}) {
            assertThat(get("/api/statements?" + flag).isProblem(400).json().path("detail").asText())
                    .as(flag).contains("must be true or false");
        }
        JsonNode date = get("/api/statements?from=2022-13-01").isProblem(400).json();
        assertThat(date.path("parameter").asText()).isEqualTo("from");
        assertThat(date.path("detail").asText()).contains("YYYY-MM-DD");
        assertThat(get("/api/statements?from=2022-10-05&to=2022-10-01").isProblem(400).json().path("parameter")
                .asText()).isEqualTo("from");
        assertThat(get("/api/statements?to=yesterday").isProblem(400).json().path("parameter").asText())
                .isEqualTo("to");
    }

    @Test
    void luceneSyntaxErrorsAre400WithAReadableMessageNamingTheParameter() {
        String[][] cases = {{"AND", "AND needs a term"}, {"\"", "never closed"}, {"(", "( is never closed"},
                {"putin AND (", "( is never closed"}, {"putin OR", "OR needs a term"}, {"a)", ") closes nothing"}};
        for (String[] c : cases) {
            JsonNode problem = get("/api/statements?q=" + enc(c[0])).isProblem(400).json();
            assertThat(problem.path("parameter").asText()).isEqualTo("q");
            assertThat(problem.path("detail").asText()).as(c[0]).startsWith("q: is not a valid full-text query")
                    .contains(c[1]).doesNotContainIgnoringCase("lucene").doesNotContain("org.", "Exception",
                            "procedure", "Error");
        }
        // Escaped, the same characters are words to look for.
        get("/api/statements?q=" + enc("\\(")).isOk();
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        assertThat(get("/api/statements?act=shouting").isProblem(400).json().path("parameter").asText())
                .isEqualTo("act");
        assertThat(get("/api/statements?speaker=nobody").isProblem(400).json().path("parameter").asText())
                .isEqualTo("speaker");
        assertThat(get("/api/statements?mentions=atlantis").isProblem(400).json().path("parameter").asText())
                .isEqualTo("mentions");
        assertThat(get("/api/statements?article=nope").isProblem(400).json().path("parameter").asText())
                .isEqualTo("article");
        assertThat(get("/api/statements?verbatim=maybe").isProblem(400).json().path("parameter").asText())
                .isEqualTo("verbatim");
        assertThat(get("/api/statements?q=" + enc("putin AND (")).isProblem(400).json().path("parameter").asText())
                .isEqualTo("q");
        assertThat(get("/api/statements?size=0").isProblem(400).json().path("parameter").asText())
                .isEqualTo("size");
        assertThat(get("/api/statements?page=1.5").isProblem(400).json().path("parameter").asText())
                .isEqualTo("page");
    }

    @Test
    void unknownStatementsAre404() {
        assertThat(get("/api/statements/no.such").isProblem(404).json().path("detail").asText()).contains("no.such");
        get("/api/statements/no.such/thread").isProblem(404);
    }

    static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " among " + texts(items, "id"));
    }
}
