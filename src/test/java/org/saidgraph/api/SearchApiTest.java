package org.saidgraph.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchApiTest extends ApiTestSupport {

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "nauseda, gitanas-nauseda, person",
            "Nausėda, gitanas-nauseda, person",
            "NAUSEDA, gitanas-nauseda, person",
            "zelenskyy, volodymyr-zelensky, person",
            "@elonmusk, elon-musk, person",
            "elon musk, elon-musk, person",
            "crimea, crimea, territory",
            "krym, crimea, territory",
            "eurasia, eurasia-group, organization",
            "podoliak, mykhaylo-podolyak, person",
            "zaporozhye, zaporizhzhia, territory"
    })
    void findsByNameOrAliasIgnoringCaseAndDiacritics(String q, String id, String type) {
        var answer = get("/api/search?q=" + enc(q)).isOk().json();
        assertThat(answer.at("/items/0/id").asText()).as("best match for %s", q).isEqualTo(id);
        assertThat(answer.at("/items/0/type").asText()).isEqualTo(type);
        assertThat(answer.at("/items/0/name").asText()).isNotBlank();
        assertThat(answer.path("total").asLong()).isPositive();
    }

    @Test
    void findsByPrefixAndPagesTheHits() {
        var all = get("/api/search?q=" + enc("zap")).isOk().json();
        assertThat(texts(all.path("items"), "id")).contains("zaporizhzhia");
        var ukraine = get("/api/search?q=ukr&size=1&page=0").isOk().json();
        assertThat(ukraine.path("items")).hasSize(1);
        assertThat(ukraine.path("size").asInt()).isEqualTo(1);
    }

    @Test
    void findsNothingForAnUnknownName() {
        var answer = get("/api/search?q=" + enc("qqqqqq")).isOk().json();
        assertThat(answer.path("items")).isEmpty();
        assertThat(answer.path("total").asLong()).isZero();
    }

    @Test
    void refusesBadParametersNamingThem() {
        assertThat(get("/api/search").isProblem(400).json().path("parameter").asText()).isEqualTo("q");
        assertThat(get("/api/search?q=%20").isProblem(400).json().path("parameter").asText()).isEqualTo("q");
        assertThat(get("/api/search?q=" + enc("*?~")).isProblem(400).json().path("parameter").asText())
                .isEqualTo("q");
        assertThat(get("/api/search?q=musk&size=-1").isProblem(400).json().path("parameter").asText())
                .isEqualTo("size");
        assertThat(get("/api/search?q=musk&size=201").isProblem(400).json().path("detail").asText())
                .contains("size").contains("200");
        assertThat(get("/api/search?q=musk&page=-1").isProblem(400).json().path("parameter").asText())
                .isEqualTo("page");
        assertThat(get("/api/search?q=musk&page=first").isProblem(400).json().path("parameter").asText())
                .isEqualTo("page");
        assertThat(get("/api/search?q=" + "a".repeat(300)).isProblem(400).json().path("parameter").asText())
                .isEqualTo("q");
    }

    @Test
    void wordsOfTheArticleFindItsPassagesWithTheMatchingWordsHighlighted() {
        String text = single("MATCH (a:Article {id: $id}) RETURN a.text AS text", java.util.Map.of("id", SEED))
                .get("text").asString();
        for (String word : new String[]{"billionaire", "dictator", "Vice"}) {
            var articles = get("/api/search?q=" + word).isOk().json().path("articles");
            assertThat(articles.path("total").asLong()).as(word).isEqualTo(1);
            var hit = articles.path("items").get(0);
            assertThat(hit.path("id").asText()).isEqualTo(SEED);
            assertThat(hit.path("score").asDouble()).isEqualTo(1.0);
            var passage = hit.path("passages").get(0);
            int start = passage.path("start").asInt();
            int end = passage.path("end").asInt();
            assertThat(passage.path("text").asText()).isEqualTo(text.substring(start, end));
            var highlight = passage.path("highlights").get(0);
            int hs = highlight.path("start").asInt();
            int he = highlight.path("end").asInt();
            assertThat(hs).isBetween(start, end);
            assertThat(text.substring(hs, he)).isEqualToIgnoringCase(word);
        }
        // Diacritics and case folded, as for names: the article prints "Nausėda".
        var nauseda = get("/api/search?q=NAUSEDA").isOk().json().at("/articles/items/0/passages/0");
        assertThat(nauseda.path("text").asText()).contains("Gitanas Nausėda");
        assertThat(get("/api/search?q=qqqqqq").isOk().json().at("/articles/total").asLong()).isZero();
    }

    @Test
    void scoresAreRelativeToTheBestHitOfTheSearch() {
        var hits = get("/api/search?q=" + enc("ukraine russia") + "&size=200").isOk().json().path("items");
        assertThat(hits.size()).isGreaterThan(1);
        assertThat(hits.get(0).path("score").asDouble()).isEqualTo(1.0);
        double previous = 1.0;
        for (var hit : hits) {
            double score = hit.path("score").asDouble();
            assertThat(score).isPositive().isLessThanOrEqualTo(previous);
            previous = score;
        }
        assertThat(previous).isLessThan(1.0);
        var second = get("/api/search?q=" + enc("ukraine russia") + "&size=1&page=1").isOk().json()
                .at("/items/0/score").asDouble();
        assertThat(second).isEqualTo(hits.get(1).path("score").asDouble());
    }

    @Test
    void luceneSyntaxInTheQueryIsTakenAsText() {
        var answer = get("/api/search?q=" + enc("musk) OR name:*")).isOk().json();
        assertThat(answer.at("/items/0/id").asText()).isEqualTo("elon-musk");
    }
}
