package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A verbatim statement in parts (a quotation its attribution interrupts) over the API: every answer gives its parts,
 * and an explanation quotes each part on its own, never the attribution between them. Uses its own invented article.
 */
class QuotationInPartsApiTest extends ApiTestSupport {

    static final String ARTICLE = "api-parts-test";
    static final String SPLIT = ARTICLE + ".mason";
    static final String REPLY = ARTICLE + ".checker";
    static final String FIRST = "The bridge will open in spring,";
    static final String SECOND = "Nobody should worry about the ferries.";
    static final String TEXT = "Ada Tester said the plan was sound. \"" + FIRST + "\" said Carl Mason, an engineer at "
            + "the port. \"" + SECOND + "\" Bob Checker replied that the bridge would never open.";
    private static final Pattern QUOTED = Pattern.compile("“([^”]*)”");

    /** The article, with Carl Mason's two-part quotation and Bob Checker's reply to it. */
    static String dataset() {
        int first = TEXT.indexOf(FIRST);
        int second = TEXT.indexOf(SECOND);
        int reply = TEXT.indexOf("the bridge would never");
        Map<String, Object> dataset = Map.of(
                "formatVersion", 1, "origin", "curated",
                "article", Map.of("id", ARTICLE, "title", "A bridge in parts", "text", TEXT),
                "entities", List.of(Map.of("type", "person", "id", "api-parts-mason", "name", "Carl Mason"),
                        Map.of("type", "person", "id", "api-parts-checker", "name", "Bob Checker")),
                "statements", List.of(
                        Map.of("id", SPLIT, "text", FIRST + " \u2026 " + SECOND, "verbatim", true,
                                "act", "claim", "speaker", "api-parts-mason",
                                "span", Map.of("start", first, "end", second + SECOND.length()),
                                "parts", List.of(Map.of("start", first, "end", first + FIRST.length()),
                                        Map.of("start", second, "end", second + SECOND.length()))),
                        Map.of("id", REPLY, "text", "The bridge would never open.", "verbatim", false,
                                "act", "reply", "speaker", "api-parts-checker", "respondsTo", List.of(SPLIT),
                                "span", Map.of("start", reply, "end", TEXT.length() - 1))));
        return JSON.valueToTree(dataset).toString();
    }

    @AfterEach
    void removeTheArticle() {
        delete("/api/articles/" + ARTICLE, "Authorization", "Bearer test-token");
    }

    @Test
    void everyAnswerGivesTheStatementsPartsAndExplanationsQuoteEachPartOnItsOwn() {
        assertThat(post("/api/articles", dataset(), "Authorization", "Bearer test-token").status()).isEqualTo(201);

        JsonNode statement = get("/api/statements/" + SPLIT).isOk().json();
        assertThat(statement.path("verbatim").asBoolean()).isTrue();
        assertThat(texts(statement.path("parts"))).containsExactly(FIRST, SECOND);
        assertThat(statement.path("parts").get(1).path("start").asInt()).isEqualTo(TEXT.indexOf(SECOND));
        JsonNode reply = get("/api/statements/" + REPLY).isOk().json();
        assertThat(reply.has("parts")).as("a paraphrase has no parts").isFalse();
        assertThat(texts(reply.path("respondsTo").get(0).path("parts"))).containsExactly(FIRST, SECOND);
        JsonNode article = get("/api/articles/" + ARTICLE).isOk().json();
        JsonNode span = article.path("statements").get(0);
        assertThat(span.path("id").asText()).isEqualTo(SPLIT);
        assertThat(texts(span.path("parts"))).containsExactly(FIRST, SECOND);

        JsonNode paths = get("/api/paths?from=api-parts-checker&to=api-parts-mason").isOk().json();
        assertThat(paths.findValues("parts")).as("the statement on the path gives its parts").isNotEmpty()
                .allSatisfy(parts -> assertThat(texts(parts)).containsExactly(FIRST, SECOND));
        List<String> explanations = new ArrayList<>();
        paths.path("items").forEach(p -> explanations.add(p.path("explanation").asText()));
        assertThat(explanations).isNotEmpty().anySatisfy(e -> assertThat(e)
                .contains("“" + FIRST + "” \u2026 “" + SECOND + "”"));
        for (String e : explanations) {
            Matcher m = QUOTED.matcher(e);
            while (m.find()) {
                assertThat(m.group(1)).as("quoted in: %s", e).isIn(FIRST, SECOND);
            }
        }
    }

    private static List<String> texts(JsonNode parts) {
        List<String> out = new ArrayList<>();
        parts.forEach(p -> out.add(p.path("text").asText()));
        return out;
    }
}
