package org.saidgraph.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input never gets a 5xx: odd ids and parameter values on every read endpoint get 200, 400 or 404. */
class OddInputApiTest extends ApiTestSupport {

    static final List<String> ODD = List.of("'", "\"", "\\", "%", "x' OR 1=1 //", "})-[r]-() DETACH DELETE r //",
            "ü-ñ-ė", "😀", "a".repeat(2000), "..", " ", "null", "-1", "1e309", "*", "?", "~", "AND", "\"unclosed",
            "(", "[", "{", "\\u0000");

    @Test
    void oddValuesNeverCauseA5xx() {
        List<String> paths = new ArrayList<>();
        for (String odd : ODD) {
            String v = enc(odd);
            paths.add("/api/search?q=" + v);
            paths.add("/api/people/" + v);
            paths.add("/api/people/" + v + "/statements");
            paths.add("/api/organizations/" + v);
            paths.add("/api/territories/" + v);
            paths.add("/api/territories/" + v + "/statements");
            paths.add("/api/territories/crimea/statements?position=" + v);
            paths.add("/api/territories/" + v + "/positions");
            paths.add("/api/statements?q=" + v);
            paths.add("/api/statements?speaker=" + v);
            paths.add("/api/statements?mentions=" + v);
            paths.add("/api/statements?act=" + v);
            paths.add("/api/statements?verbatim=" + v);
            paths.add("/api/statements?article=" + v);
            paths.add("/api/statements?page=" + v);
            paths.add("/api/statements?size=" + v);
            paths.add("/api/statements/" + v);
            paths.add("/api/statements/" + v + "/thread");
            paths.add("/api/paths?from=" + v + "&to=elon-musk");
            paths.add("/api/paths?from=elon-musk&to=crimea&maxHops=" + v);
            paths.add("/api/articles/" + v);
            paths.add("/api/articles?page=" + v);
        }
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            Answer answer;
            try {
                answer = get(path);
            } catch (IllegalArgumentException rejectedByTheClient) {
                continue; // not a URI the HTTP client will send
            }
            if (answer.status() >= 500) {
                failures.add(answer.status() + " " + path + " " + answer.text());
            } else if (answer.status() != 200 && !answer.contentType().startsWith("application/problem+json")) {
                failures.add(answer.status() + " " + answer.contentType() + " " + path);
            }
        }
        assertThat(failures).isEmpty();
    }
}
