package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spans count UTF-16 units, as Java strings do, and an emoji is two of them; Cypher's substring counts code points,
 * where it is one. An article with emoji before its statements must still show each statement's own words as its
 * evidence, in its card and in a path's explanation, and quote them there: nothing cut by code points may shift them.
 */
class AstralCharactersApiTest extends ApiTestSupport {

    private static final String TOKEN = "Bearer test-token";
    private static final String ARTICLE = "api-test-astral";
    private static final String QUOTE = "The bridge opens in May.";

    @AfterEach
    void removeTheArticle() {
        delete("/api/articles/" + ARTICLE, "Authorization", TOKEN);
    }

    @Test
    void aQuotationAfterEmojiKeepsItsExactEvidenceInItsCardAndIsQuotedInAPath() {
        String text = "Launch day \uD83D\uDE80\uD83D\uDE80\uD83C\uDF89 in Harbourton. Ada Tester said: \"" + QUOTE
                + "\" She spoke to Bob Checker.";
        int start = text.indexOf(QUOTE);
        String dataset = """
                {"formatVersion": 1, "origin": "curated",
                 "article": {"id": "%s", "title": "Emoji before a quotation", "text": %s},
                 "entities": [{"type": "person", "id": "api-test-ada", "name": "Ada Tester"},
                              {"type": "person", "id": "api-test-bob", "name": "Bob Checker"}],
                 "statements": [{"id": "%s.ada", "text": "%s", "verbatim": true, "act": "statement",
                   "span": {"start": %d, "end": %d}, "speaker": "api-test-ada", "addressedTo": ["api-test-bob"]}]}
                """.formatted(ARTICLE, WriteApiTest.quote(text), ARTICLE, QUOTE, start, start + QUOTE.length());
        assertThat(post("/api/articles", dataset, "Authorization", TOKEN).status()).isEqualTo(201);

        JsonNode card = get("/api/statements/" + ARTICLE + ".ada").isOk().json();
        assertThat(card.at("/source/evidence").asText()).isEqualTo(QUOTE);
        assertThat(card.at("/source/passage").asText()).isEqualTo("Ada Tester said: \"" + QUOTE + "\"");

        String explanation = get("/api/paths?from=api-test-ada&to=api-test-bob").isOk().json()
                .at("/items/0/explanation").asText();
        assertThat(explanation).contains("“" + QUOTE + "”");
    }
}
