package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saidgraph.support.SelkaCorpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus questions over HTTP: the ten Selka articles (src/test/resources/corpus/selka) are loaded through the
 * write API beside the seed, asked about, and removed again so the other API tests see only the seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusApiTest extends ApiTestSupport {

    static final String TOKEN = "Bearer test-token";
    static final String BRANDT_ALWAYS = "selka-02-kestrel.brandt-selka-always-dravian";

    @BeforeAll
    void loadTheCorpusOverHttp() throws IOException {
        for (Path file : SelkaCorpus.files()) {
            Answer loaded = post("/api/articles", Files.readString(file), "Authorization", TOKEN);
            assertThat(loaded.status()).as(loaded.text()).isIn(200, 201);
        }
    }

    @AfterAll
    void removeTheCorpus() {
        for (Path file : SelkaCorpus.files()) {
            String id = file.getFileName().toString().replace(".json", "");
            assertThat(delete("/api/articles/" + id, "Authorization", TOKEN).status()).isEqualTo(204);
        }
        assertThat(get("/api/organizations/the-harbour-ledger").status()).as("outlets go with their articles")
                .isEqualTo(404);
    }

    @Test
    void articlesAreListedNewestFirstUndatedLastAndPagesJoinWithoutGapsOrRepeats() {
        long total = get("/api/articles?size=1").isOk().json().path("total").asLong();
        List<JsonNode> listed = new ArrayList<>();
        for (int page = 0; listed.size() < total && page < 100; page++) {
            get("/api/articles?size=3&page=" + page).isOk().json().path("items").forEach(listed::add);
        }
        assertThat(listed).hasSize((int) total);
        assertThat(listed.stream().map(a -> a.path("id").asText()).distinct().count()).isEqualTo(total);
        assertThat(listed.stream().map(a -> a.path("id").asText()))
                .contains("selka-02-kestrel", "musk-ukraine-peace-plan");
        for (int i = 1; i < listed.size(); i++) {
            JsonNode before = listed.get(i - 1);
            JsonNode after = listed.get(i);
            String b = before.path("published").asText("");
            String a = after.path("published").asText("");
            boolean inOrder = !b.isEmpty() && a.isEmpty()
                    || b.compareTo(a) > 0 && !a.isEmpty()
                    || b.equals(a) && before.path("id").asText().compareTo(after.path("id").asText()) < 0;
            assertThat(inOrder).as("%s (%s) listed before %s (%s)", before.path("id").asText(), b,
                    after.path("id").asText(), a).isTrue();
        }
    }

    @Test
    void aStatementAnswerSaysWhichUtteranceItIsWithItsOccurrencesDaysAndOutlets() {
        JsonNode s = get("/api/statements/" + BRANDT_ALWAYS).isOk().json();
        assertThat(s.path("date").asText()).isEqualTo("2025-03-03");
        assertThat(s.path("dateSource").asText()).isEqualTo("text");
        JsonNode u = s.path("utterance");
        assertThat(u.path("id").asText()).startsWith("teodor-brandt.u");
        assertThat(u.path("match").asText()).isEqualTo("contained");
        assertThat(u.path("occurrences").asLong()).isEqualTo(4);
        assertThat(u.path("firstSeen").asText()).isEqualTo("2025-03-03");
        assertThat(u.path("lastSeen").asText()).isEqualTo("2025-03-05");
        assertThat(texts(u.path("outlets"), "name")).containsExactly("Kestrel News Agency", "Morning Dispatch",
                "The Dravian Courier", "The Harbour Ledger");

        JsonNode fallback = get("/api/statements/selka-04-orvania-today.sorby-armed-men-at-schools").isOk().json();
        assertThat(fallback.path("date").asText()).isEqualTo("2025-03-05");
        assertThat(fallback.path("dateSource").asText()).isEqualTo("published");
        assertThat(fallback.path("utterance").path("occurrences").asLong()).isEqualTo(1);
    }

    @Test
    void anUtteranceListsEveryOccurrenceEarliestFirstWithItsOutletAndSourcePassage() {
        String id = get("/api/statements/" + BRANDT_ALWAYS).json().path("utterance").path("id").asText();
        JsonNode u = get("/api/utterances/" + id).isOk().json();
        assertThat(u.path("text").asText()).startsWith("Selka has always been Dravian. The vote on Sunday");
        assertThat(u.path("verbatim").asBoolean()).isTrue();
        assertThat(u.path("speaker").path("id").asText()).isEqualTo("teodor-brandt");
        assertThat(u.path("occurrences").asLong()).isEqualTo(4);
        assertThat(u.path("outlets").size()).isEqualTo(4);
        JsonNode reports = u.path("reports");
        assertThat(reports.path("total").asLong()).isEqualTo(4);
        List<String> order = new ArrayList<>();
        for (JsonNode r : reports.path("items")) {
            order.add(r.path("statement").path("id").asText() + " " + r.path("match").asText() + " "
                    + r.path("outlet").path("name").asText());
            assertThat(r.path("statement").path("source").path("passage").asText())
                    .contains(r.path("statement").path("source").path("evidence").asText()).isNotBlank();
        }
        // By the day said, then the day published: the paraphrase in Morning Dispatch has no date of its own and
        // takes its article's (March 4), after the quotations of March 3.
        assertThat(order).containsExactly(
                "selka-01-harbour-ledger.brandt-selka-always-dravian exact The Harbour Ledger",
                "selka-02-kestrel.brandt-selka-always-dravian contained Kestrel News Agency",
                "selka-05-dravian-courier.brandt-selka-always-dravian normalised The Dravian Courier",
                "selka-03-morning-dispatch.brandt-dravia-would-respect paraphrase Morning Dispatch");
        assertThat(reports.path("items").get(3).path("score").asDouble()).isBetween(0.0, 1.0);

        JsonNode second = get("/api/utterances/" + id + "?size=3&page=1").isOk().json().path("reports");
        assertThat(second.path("items").size()).isEqualTo(1);
        assertThat(second.path("items").get(0).path("statement").path("id").asText())
                .isEqualTo("selka-03-morning-dispatch.brandt-dravia-would-respect");

        assertThat(get("/api/utterances/nobody.u000000000000").isProblem(404).json().path("detail").asText())
                .contains("nobody.u000000000000");
        assertThat(get("/api/utterances/" + id + "?size=0").isProblem(400).json().path("parameter").asText())
                .isEqualTo("size");
    }

    @Test
    void distinctListsEachUtteranceOnceByItsEarliestOccurrenceNewestFirst() {
        JsonNode all = get("/api/people/teodor-brandt/statements").isOk().json();
        assertThat(all.path("total").asLong()).isEqualTo(8);
        JsonNode distinct = get("/api/people/teodor-brandt/statements?distinct=true").isOk().json();
        assertThat(distinct.path("total").asLong()).isEqualTo(3);
        List<String> items = new ArrayList<>();
        distinct.path("items").forEach(s -> items.add(s.path("id").asText() + " " + s.path("date").asText() + " "
                + s.path("utterance").path("occurrences").asLong() + " "
                + texts(s.path("utterance").path("outlets"), "name")));
        // As the README gives them.
        assertThat(items).containsExactly(
                "selka-09-harbour-ledger.brandt-ready-to-discuss 2025-03-17 2 [Morning Dispatch, The Harbour Ledger]",
                "selka-04-orvania-today.brandt-no-soldier-near-polls 2025-03-05 2 [Orvania Today, The Dravian Courier]",
                "selka-01-harbour-ledger.brandt-selka-always-dravian 2025-03-03 4 [Kestrel News Agency, "
                        + "Morning Dispatch, The Dravian Courier, The Harbour Ledger]");
        JsonNode page = get("/api/people/teodor-brandt/statements?distinct=true&size=1&page=2").isOk().json();
        assertThat(page.path("items").get(0).path("id").asText())
                .isEqualTo("selka-01-harbour-ledger.brandt-selka-always-dravian");
        assertThat(get("/api/people/teodor-brandt/statements?distinct=maybe").isProblem(400).json()
                .path("parameter").asText()).isEqualTo("distinct");
        assertThat(get("/api/people/nobody/statements?distinct=true").status()).isEqualTo(404);
    }

    @Test
    void aTerritoryTimelineShowsByWeekHowThePositionsOnItChanged() {
        JsonNode t = get("/api/territories/selka/timeline?bucket=week").isOk().json();
        assertThat(t.path("undated").asLong()).isZero();
        assertThat(t.path("from").asText()).isEqualTo("2025-03-03");
        assertThat(t.path("to").asText()).isEqualTo("2025-03-18");
        assertThat(texts(t.path("buckets"), "start")).containsExactly("2025-03-03", "2025-03-10", "2025-03-17");
        JsonNode first = t.path("buckets").get(0);
        JsonNode last = t.path("buckets").get(2);
        assertThat(first.path("end").asText()).isEqualTo("2025-03-09");
        // As the README gives them.
        assertThat(positionsBySpeaker(first)).containsExactly("teodor-brandt annexation-recognised",
                "mara-ilves annexation-illegitimate", "aurelie-vasseur vote-under-supervision",
                "aurelie-vasseur decide-by-vote");
        assertThat(positionsBySpeaker(t.path("buckets").get(1))).containsExactly("mara-ilves decide-by-vote",
                "lena-sorby no-new-vote");
        assertThat(positionsBySpeaker(last)).containsExactly("teodor-brandt vote-under-supervision",
                "lena-sorby no-new-vote");
        assertThat(first.path("statements").asLong()).isEqualTo(14);
        assertThat(first.path("utterances").asLong()).isEqualTo(6);
        assertThat(positionsOf(first, "teodor-brandt")).containsExactly("selka annexation-recognised");
        assertThat(positionsOf(last, "teodor-brandt")).containsExactly("selka vote-under-supervision");
        assertThat(positionsOf(t.path("buckets").get(1), "mara-ilves")).containsExactly("selka decide-by-vote");
        assertThat(positionsOf(first, "mara-ilves")).containsExactly("selka annexation-illegitimate");
        // Week 3: Brandt's offer in two articles is one utterance; Sørby's words are the other.
        assertThat(last.path("statements").asLong()).isEqualTo(3);
        assertThat(last.path("utterances").asLong()).isEqualTo(2);
        assertThat(last.path("items").size()).isEqualTo(2);
        assertThat(last.path("items").get(0).path("reports").asLong()).isEqualTo(2);
        long total = 0;
        for (JsonNode b : t.path("buckets")) {
            total += b.path("statements").asLong();
            long acts = 0;
            for (JsonNode n : b.path("acts")) {
                acts += n.asLong();
            }
            assertThat(acts).isEqualTo(b.path("statements").asLong());
        }
        assertThat(total).isEqualTo(t.path("statements").asLong())
                .isEqualTo(get("/api/territories/selka/statements?size=200").json().path("total").asLong()
                        - undatedAbout("selka"));
    }

    @Test
    void aPersonTimelineByDayKeepsToItsRange() {
        JsonNode t = get("/api/people/mara-ilves/timeline?bucket=day&from=2025-03-03&to=2025-03-06").isOk().json();
        assertThat(t.path("bucket").asText()).isEqualTo("day");
        assertThat(texts(t.path("buckets"), "start")).containsExactly("2025-03-03", "2025-03-06");
        JsonNode march3 = t.path("buckets").get(0);
        assertThat(march3.path("end").asText()).isEqualTo("2025-03-03");
        // Five reports of March 3 (theft twice verbatim, the guns paraphrase, the recognition cut, at gunpoint):
        // the theft quotation, its cut and its paraphrase are one utterance; the claim of a vote at gunpoint another.
        assertThat(march3.path("statements").asLong()).isEqualTo(5);
        assertThat(march3.path("utterances").asLong()).isEqualTo(2);
        assertThat(march3.path("acts").path("condemnation").asLong()).isEqualTo(4);
        assertThat(march3.path("acts").path("claim").asLong()).isEqualTo(1);
        assertThat(get("/api/people/mara-ilves/timeline?from=2025-03-10&to=2025-03-10&bucket=day").isOk().json()
                .path("statements").asLong()).isEqualTo(1);
    }

    @Test
    void statementsWithoutADayAreCountedButNotPlacedOnATimeline() {
        // The seed's article has no published date: only the statements whose day other reports establish are placed.
        JsonNode t = get("/api/people/elon-musk/timeline").isOk().json();
        assertThat(t.path("statements").asLong()).isEqualTo(5);
        assertThat(t.path("undated").asLong()).isEqualTo(3);
        assertThat(t.path("statements").asLong() + t.path("undated").asLong())
                .isEqualTo(get("/api/people/elon-musk").json().path("counts").path("said").asLong());
        assertThat(texts(t.path("buckets"), "start")).containsExactly("2022-10-03", "2022-10-10");
        JsonNode denial = get("/api/statements/" + MUSK_DENIAL).isOk().json();
        assertThat(denial.path("dateSource").asText()).as("the seed's dates come from other reports")
                .isEqualTo("external");
        assertThat(get("/api/statements/" + PUTIN_DEMANDS).json().has("date")).isFalse();
    }

    @Test
    void timelineParametersAreCheckedAndNamedWhenWrong() {
        assertThat(parameterOf("/api/people/mara-ilves/timeline?bucket=month")).isEqualTo("bucket");
        assertThat(parameterOf("/api/people/mara-ilves/timeline?from=2025-13-01")).isEqualTo("from");
        assertThat(parameterOf("/api/people/mara-ilves/timeline?to=soon")).isEqualTo("to");
        assertThat(parameterOf("/api/territories/selka/timeline?from=2025-03-10&to=2025-03-01")).isEqualTo("from");
        assertThat(parameterOf("/api/territories/selka/timeline?from=2020-01-01&to=2025-01-01&bucket=day"))
                .isEqualTo("to");
        assertThat(parameterOf("/api/territories/selka/timeline?includeParts=perhaps")).isEqualTo("includeParts");
        assertThat(get("/api/people/nobody/timeline").isProblem(404).status()).isEqualTo(404);
        assertThat(get("/api/territories/mara-ilves/timeline").status()).as("a person is no territory")
                .isEqualTo(404);
    }

    private String parameterOf(String path) {
        return get(path).isProblem(400).json().path("parameter").asText();
    }

    private long undatedAbout(String territory) {
        try (var session = driver.session()) {
            return session.run("MATCH (:Territory {id: $id})<-[:MENTIONS]-(s:Statement) WHERE s.date IS NULL "
                    + "RETURN count(s) AS n", java.util.Map.of("id", territory)).single().get("n").asLong();
        }
    }

    /** The positions taken in a bucket, as "speaker position", most-taken first. */
    private static List<String> positionsBySpeaker(JsonNode bucket) {
        List<String> found = new ArrayList<>();
        for (JsonNode p : bucket.path("positions")) {
            for (JsonNode s : p.path("speakers")) {
                found.add(s.path("id").asText() + " " + p.path("position").asText());
            }
        }
        return found;
    }

    /** The positions a speaker took in a bucket, as "territory position". */
    private static List<String> positionsOf(JsonNode bucket, String speaker) {
        List<String> found = new ArrayList<>();
        for (JsonNode p : bucket.path("positions")) {
            for (JsonNode s : p.path("speakers")) {
                if (s.path("id").asText().equals(speaker)) {
                    found.add(p.path("territory").asText() + " " + p.path("position").asText());
                }
            }
        }
        return found;
    }

}
