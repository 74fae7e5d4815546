package org.saidgraph.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random values for every query parameter and path id of every read endpoint: each answer is 200, or a 4xx problem
 * whose detail (or {@code parameter}) names what was wrong; never a 5xx; and nothing changes in the graph.
 */
class HostileParameterFuzzTest {

    /**
     * The read endpoints and their parameters; {id} is a path id. Adding a parameter is one line here: its name, and
     * the kind of value it takes (which only shapes how often legal values are tried; every kind gets hostile ones).
     */
    static final Map<String, Map<String, Kind>> ENDPOINTS = Map.ofEntries(
            Map.entry("/api/search", Map.of("q", Kind.TEXT, "page", Kind.NUMBER, "size", Kind.NUMBER)),
            Map.entry("/api/people/{id}", Map.of()),
            Map.entry("/api/people/{id}/statements", Map.of("page", Kind.NUMBER, "size", Kind.NUMBER)),
            Map.entry("/api/organizations/{id}", Map.of()),
            Map.entry("/api/organizations/{id}/statements", Map.of("page", Kind.NUMBER, "size", Kind.NUMBER)),
            Map.entry("/api/groups/{id}", Map.of()),
            Map.entry("/api/groups/{id}/statements", Map.of("page", Kind.NUMBER, "size", Kind.NUMBER)),
            Map.entry("/api/territories/{id}", Map.of()),
            Map.entry("/api/territories/{id}/statements", Map.of("includeParts", Kind.BOOLEAN,
                    "position", Kind.TEXT, "page", Kind.NUMBER, "size", Kind.NUMBER)),
            Map.entry("/api/territories/{id}/positions", Map.of("includeParts", Kind.BOOLEAN, "page", Kind.NUMBER,
                    "size", Kind.NUMBER)),
            Map.entry("/api/statements", Map.of("speaker", Kind.ID, "mentions", Kind.ID, "act", Kind.TEXT,
                    "verbatim", Kind.BOOLEAN, "article", Kind.ID, "addressedTo", Kind.ID, "repliesTo", Kind.ID,
                    "q", Kind.TEXT, "page", Kind.NUMBER, "size", Kind.NUMBER)),
            Map.entry("/api/statements/{id}", Map.of()),
            Map.entry("/api/statements/{id}/thread", Map.of()),
            Map.entry("/api/paths", Map.of("from", Kind.ID, "to", Kind.ID, "maxHops", Kind.NUMBER,
                    "page", Kind.NUMBER, "size", Kind.NUMBER)),
            Map.entry("/api/articles", Map.of("page", Kind.NUMBER, "size", Kind.NUMBER)),
            Map.entry("/api/articles/{id}", Map.of()));

    /** The kind of value a parameter takes. */
    enum Kind { TEXT, NUMBER, BOOLEAN, ID, DATE }

    static FuzzServer server;
    static String original;
    static final AtomicInteger CASES = new AtomicInteger();

    @BeforeContainer
    static void start() {
        server = new FuzzServer();
        original = server.fingerprint();
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            assertThat(server.fingerprint()).as("graph after all cases").isEqualTo(original);
            server.close();
        }
        System.out.printf("RELIABILITY fuzz parameters=%d%n", CASES.get());
    }

    /** Values that are legal somewhere, and values no parameter should ever choke on. */
    static Arbitrary<String> value(Kind kind) {
        Arbitrary<String> hostile = Arbitraries.oneOf(
                Arbitraries.of("", " ", "'", "\"", "\\", "%", "*", "?", "~", "(", "[", "{", "}", ")",
                        "x' OR 1=1 //", "})-[r]-() DETACH DELETE r //", "AND", "NOT", "OR", "null", "undefined",
                        "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "0x10", "+1", "--1", "9223372036854775808",
                        "-9223372036854775809", "2147483648", "-1", "0", "1.5", "true", "TRUE", "yes", "\u0000",
                        "\u202e", "\ufeff", "\ud83d\ude00", "ü-ñ-ė", "..", "../../etc/passwd", "%00", "a/b",
                        "1970-13-45", "2024-02-30", "CALL dbms.listConfig()", "$param", "`x`", "*:*", "name:x~",
                        "\"unclosed", "AND OR NOT", "/regex/", "x^3", "[1 TO 5]"),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars('a', 'z').ofMinLength(1000).ofMaxLength(3000));
        Arbitrary<String> legal = switch (kind) {
            case NUMBER -> Arbitraries.integers().between(-5, 300).map(String::valueOf);
            case BOOLEAN -> Arbitraries.of("true", "false");
            case ID -> Arbitraries.of("elon-musk", "crimea", "ukraine", "musk-ukraine-peace-plan", "nobody");
            case DATE -> Arbitraries.of("2022-10-03", "2022-10", "2022");
            case TEXT -> Arbitraries.of("musk", "putin", "crimea", "recognise-as-russian", "denial", "peace plan");
        };
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, legal), net.jqwik.api.Tuple.of(3, hostile));
    }

    /** A request: one endpoint, a path id when it has one, and a random subset of its parameters. */
    record Call(String path, List<String> sent, List<String> parameters) {

        @Override
        public String toString() {
            return path;
        }
    }

    @Provide
    Arbitrary<Call> calls() {
        List<Arbitrary<Call>> perEndpoint = new ArrayList<>();
        ENDPOINTS.forEach((template, params) -> {
            Arbitrary<String> id = value(Kind.ID);
            List<Arbitrary<String>> pairs = new ArrayList<>();
            params.forEach((name, kind) -> pairs.add(Arbitraries.oneOf(Arbitraries.just(""),
                    value(kind).map(v -> name + "=" + enc(v)))));
            Arbitrary<List<String>> query = pairs.isEmpty() ? Arbitraries.just(List.of())
                    : Combinators.combine(pairs).as(list -> list.stream().filter(s -> !s.isEmpty()).toList());
            perEndpoint.add(Combinators.combine(id, query).as((i, q) -> {
                String path = template.replace("{id}", enc(i).replace("+", "%20"));
                return new Call(path + (q.isEmpty() ? "" : "?" + String.join("&", q)), q,
                        List.copyOf(params.keySet()));
            }));
        });
        return Arbitraries.oneOf(perEndpoint);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Property(tries = 250)
    void everyParameterValueGets200OrAProblemNamingItNeverA5xx(@ForAll("calls") Call call) {
        CASES.incrementAndGet();
        FuzzServer.Answer answer = server.get(call.path());
        assertThat(answer.status()).as("%s -> %s", call.path(), answer.body()).isLessThan(500);
        if (answer.status() != 200) {
            assertThat(answer.status()).as("%s -> %s", call.path(), answer.body()).isIn(400, 404);
            assertThat(answer.isProblem()).as("%s -> %s", call.path(), answer.body()).isTrue();
            if (answer.status() == 400) {
                String detail = answer.json().path("detail").asText() + " "
                        + answer.json().path("parameter").asText();
                boolean named = call.parameters().stream().anyMatch(detail::contains) || detail.contains("id")
                        || detail.contains("path");
                assertThat(named).as("%s -> %s", call.path(), answer.body()).isTrue();
            }
        }
    }
}
