package org.saidgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's rendering rule, over every answer the API gives on the seed: whatever an explanation puts in
 * quotation marks is the text of a verbatim statement, equal to its source span. Paraphrases are said to be
 * paraphrases, never quoted.
 */
class QuotationRuleApiTest extends ApiTestSupport {

    /** Double quotation marks, curly or straight, around some text. */
    private static final Pattern QUOTED = Pattern.compile("“([^”]*)”|\"([^\"]*)\"");
    /** The fields in which the API renders text of its own making (everything else is data or source text). */
    private static final Set<String> RENDERED = Set.of("explanation", "words");

    @Test
    void everyQuotedTextInAnyExplanationIsAVerbatimStatementEqualToItsSpan() throws Exception {
        Set<String> verbatim = new HashSet<>();
        Set<String> paraphrases = new HashSet<>();
        List<String[]> entities = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        try (Session session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            session.run("""
                    MATCH (s:Statement)-[src:SOURCED_FROM]->(a:Article)
                    RETURN s.id AS id, s.text AS text,
                           s.verbatim AND substring(a.text, src.start, src.end - src.start) = s.text AS quotable""")
                    .forEachRemaining(r -> {
                        statements.add(r.get("id").asString());
                        (r.get("quotable").asBoolean() ? verbatim : paraphrases).add(r.get("text").asString());
                    });
            session.run("MATCH (e:Entity) RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, "
                    + "EXISTS { (e)-[:SAID]->() } AS speaks ORDER BY id").forEachRemaining(r -> {
                        entities.add(new String[]{r.get("id").asString(), r.get("label").asString()});
                        if (r.get("speaks").asBoolean()) {
                            speakers.add(r.get("id").asString());
                        }
                    });
        }
        assertThat(verbatim).isNotEmpty();

        List<String> paths = new ArrayList<>();
        for (String[] e : entities) {
            String kind = switch (e[1]) {
                case "Person" -> "people";
                case "Organization" -> "organizations";
                case "Territory" -> "territories";
                default -> "groups";
            };
            paths.add("/api/" + kind + "/" + e[0]);
            paths.add("/api/search?q=" + enc(e[0].replace('-', ' ')));
            if (kind.equals("territories")) {
                paths.add("/api/territories/" + e[0] + "/statements?size=200&includeParts=true&includeWholes=true");
                paths.add("/api/territories/" + e[0] + "/positions?size=200&includeParts=true&includeWholes=true");
            } else {
                paths.add("/api/" + kind + "/" + e[0] + "/statements?size=200");
            }
        }
        for (String id : statements) {
            paths.add("/api/statements/" + id);
            paths.add("/api/statements/" + id + "/thread");
        }
        paths.add("/api/statements?size=200");
        paths.add("/api/articles");
        paths.add("/api/articles/" + SEED);
        // Paths from every speaker to every other entity: each statement appears on some of them.
        for (String from : speakers) {
            for (String[] to : entities) {
                if (!to[0].equals(from)) {
                    paths.add("/api/paths?size=200&from=" + from + "&to=" + to[0]);
                }
            }
        }

        ConcurrentLinkedQueue<String> quoted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> rendered = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (String path : paths) {
                work.add(pool.submit(() -> {
                    JsonNode answer = get(path).isOk().json();
                    walk(answer, null, text -> {
                        rendered.add(text);
                        Matcher m = QUOTED.matcher(text);
                        while (m.find()) {
                            String q = m.group(1) != null ? m.group(1) : m.group(2);
                            quoted.add(q);
                            if (!verbatim.contains(q)) {
                                violations.add(path + ": “" + q + "” in: " + text);
                            }
                        }
                    });
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(violations).as("quoted texts that are not verbatim statements equal to their span").isEmpty();
        assertThat(quoted).as("the explanations quote verbatim words").isNotEmpty();
        assertThat(new HashSet<>(quoted)).containsAll(verbatim.stream().filter(v -> v.length() > 20).toList());
        // Paraphrases are rendered, as paraphrases.
        assertThat(rendered).anySatisfy(t -> assertThat(t).contains("(paraphrase): Crimea must remain Russian"));
        assertThat(paraphrases).isNotEmpty();
    }

    private static void walk(JsonNode node, String field, java.util.function.Consumer<String> rendered) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), e.getKey(), rendered));
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, field, rendered));
        } else if (node.isTextual() && RENDERED.contains(field)) {
            rendered.accept(node.asText());
        }
    }
}
