package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleApiTest extends ApiTestSupport {

    static JsonNode seedDataset() throws IOException {
        return JSON.readTree(Path.of("data/articles/" + SEED + ".json").toFile());
    }

    @Test
    void theSeedArticleIsListedWithCounts() throws IOException {
        JsonNode seed = seedDataset();
        JsonNode page = get("/api/articles").isOk().json();
        JsonNode article = null;
        for (JsonNode a : page.path("items")) {
            if (a.path("id").asText().equals(SEED)) {
                article = a;
            }
        }
        assertThat(article).as("seed among %s", page).isNotNull();
        assertThat(article.path("title").asText()).isEqualTo(seed.at("/article/title").asText());
        assertThat(article.path("statements").asLong()).isEqualTo(seed.path("statements").size());
        assertThat(article.path("entities").asLong()).isEqualTo(seed.path("entities").size());
        assertThat(article.path("speakers").asLong()).isGreaterThanOrEqualTo(7);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
        get("/api/articles?size=0").isProblem(400);
    }

    @Test
    void theSeedCanBeCitedWithWhereItWasPublishedAndSaysPlainlyWhatIsNotKnown() throws IOException {
        JsonNode seed = seedDataset();
        JsonNode article = get("/api/articles/" + SEED).isOk().json();
        assertThat(article.path("url").asText()).startsWith("https://")
                .endsWith("/elon-musk-denies-speaking-to-vladimir-putin-before-tweeting-ukraine-peace-plan");
        // What could not be established is not guessed: no publisher, no publication date, and the notes say why.
        assertThat(article.has("publisher")).isFalse();
        assertThat(article.has("published")).isFalse();
        assertThat(seed.path("notes").asText()).contains("publisher is therefore not given",
                "publication date could not be established", "11 October 2022");
        JsonNode denial = get("/api/statements/" + MUSK_DENIAL).isOk().json();
        assertThat(denial.path("date").asText()).isEqualTo("2022-10-11");
        assertThat(get("/api/statements/" + MUSK_PROPOSAL).isOk().json().path("date").asText())
                .isEqualTo("2022-10-03");
        assertThat(get("/api/statements/" + BREMMER_CLAIM).isOk().json().has("date")).isFalse();
    }

    @Test
    void anArticleHasItsTextAndTheSpansOfItsStatements() throws IOException {
        JsonNode seed = seedDataset();
        JsonNode article = get("/api/articles/" + SEED).isOk().json();
        String text = article.path("text").asText();
        assertThat(text).isEqualTo(seed.at("/article/text").asText());
        assertThat(article.path("statements")).hasSize(seed.path("statements").size());
        int previous = -1;
        for (JsonNode span : article.path("statements")) {
            int start = span.path("start").asInt();
            int end = span.path("end").asInt();
            assertThat(start).isGreaterThanOrEqualTo(previous);
            previous = start;
            assertThat(span.path("evidence").asText()).isEqualTo(text.substring(start, end));
            assertThat(span.at("/speaker/id").asText()).isNotBlank();
        }
        assertThat(texts(article.path("entities"), "id")).contains("elon-musk", "crimea", "tesla");
    }

    @Test
    void anUnknownArticleIs404() {
        get("/api/articles/no-such-article").isProblem(404);
    }
}
