package org.saidgraph.reliability;

import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The reads of the load proof: every read endpoint of the API, each asked about ids the server has acknowledged, so
 * that every answer must be 200. {@link #ENDPOINTS} names each endpoint as the API description does; a test compares
 * it with {@code /v3/api-docs}, so a new read endpoint cannot be left out.
 */
final class ReadMix {

    /** A read: the endpoint as the API description names it, and the path and query to send. */
    record Read(String endpoint, String pathAndQuery) {
    }

    /** The query {@code POST /api/cypher} is asked, with an article id as parameter. */
    static final String CYPHER = "{\"query\": \"MATCH (s:Statement)-[:SOURCED_FROM]->(a:Article {id: $id}) "
            + "OPTIONAL MATCH (p)-[:SAID]->(s) RETURN s.id AS statement, p.name AS speaker\", "
            + "\"parameters\": {\"id\": \"%s\"}}";
    static final String CYPHER_ENDPOINT = "POST /api/cypher";

    private record Endpoint(String name, BiFunction<KnownIds, SplittableRandom, String> path) {
    }

    private static final List<Endpoint> ENDPOINT_LIST = List.of(
            new Endpoint("/api/search", (k, r) -> name(k, r, EntityType.PERSON, "/api/search?q=%s")),
            new Endpoint("/api/people/{id}", (k, r) -> entity(k, r, EntityType.PERSON, "/api/people/%s")),
            new Endpoint("/api/people/{id}/statements",
                    (k, r) -> entity(k, r, EntityType.PERSON, "/api/people/%s/statements")),
            new Endpoint("/api/organizations/{id}",
                    (k, r) -> entity(k, r, EntityType.ORGANIZATION, "/api/organizations/%s")),
            new Endpoint("/api/organizations/{id}/statements",
                    (k, r) -> entity(k, r, EntityType.ORGANIZATION, "/api/organizations/%s/statements")),
            new Endpoint("/api/groups/{id}", (k, r) -> entity(k, r, EntityType.GROUP, "/api/groups/%s")),
            new Endpoint("/api/groups/{id}/statements",
                    (k, r) -> entity(k, r, EntityType.GROUP, "/api/groups/%s/statements")),
            new Endpoint("/api/territories/{id}",
                    (k, r) -> entity(k, r, EntityType.TERRITORY, "/api/territories/%s")),
            new Endpoint("/api/territories/{id}/statements",
                    (k, r) -> entity(k, r, EntityType.TERRITORY, "/api/territories/%s/statements?includeParts=true")),
            new Endpoint("/api/territories/{id}/positions",
                    (k, r) -> entity(k, r, EntityType.TERRITORY, "/api/territories/%s/positions")),
            new Endpoint("/api/statements", ReadMix::statementFilter),
            new Endpoint("/api/statements/{id}", (k, r) -> id(k.statement(r), "/api/statements/%s")),
            new Endpoint("/api/statements/{id}/thread", (k, r) -> id(k.statement(r), "/api/statements/%s/thread")),
            new Endpoint("/api/paths", ReadMix::path),
            new Endpoint("/api/articles", (k, r) -> "/api/articles?page=" + r.nextInt(3)),
            new Endpoint("/api/articles/{id}", (k, r) -> id(k.article(r), "/api/articles/%s")),
            new Endpoint(CYPHER_ENDPOINT, (k, r) -> k.article(r)));

    /** The endpoints read, as the API description names them. */
    static final List<String> ENDPOINTS = ENDPOINT_LIST.stream().map(Endpoint::name).toList();

    private ReadMix() {
    }

    /**
     * A read of a randomly chosen endpoint about acknowledged ids; null when nothing is acknowledged yet that it
     * could ask about. For {@link #CYPHER_ENDPOINT} the path is the article id to give as parameter.
     */
    static Read next(KnownIds known, SplittableRandom random) {
        Endpoint endpoint = ENDPOINT_LIST.get(random.nextInt(ENDPOINT_LIST.size()));
        String path = endpoint.path().apply(known, random);
        return path == null ? null : new Read(endpoint.name(), path);
    }

    private static String entity(KnownIds known, SplittableRandom random, EntityType type, String template) {
        Entity e = known.entity(type, random);
        return e == null ? null : id(e.id(), template);
    }

    /** The letters of the first word of a name (a full-text query of a name's punctuation would be another test). */
    private static String name(KnownIds known, SplittableRandom random, EntityType type, String template) {
        Entity e = known.entity(type, random);
        if (e == null) {
            return null;
        }
        String word = e.name().split("\\s+")[0].replaceAll("[^\\p{L}\\p{N}]", "");
        return word.isEmpty() ? null : String.format(template, encode(word));
    }

    private static String statementFilter(KnownIds known, SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> entity(known, random, EntityType.PERSON, "/api/statements?speaker=%s");
            case 1 -> entity(known, random, EntityType.TERRITORY, "/api/statements?mentions=%s&verbatim=true");
            case 2 -> id(known.article(random), "/api/statements?article=%s");
            default -> name(known, random, EntityType.PERSON, "/api/statements?q=%s&act=claim");
        };
    }

    private static String path(KnownIds known, SplittableRandom random) {
        Entity from = known.entity(EntityType.PERSON, random);
        Entity to = known.entity(EntityType.PERSON, random);
        if (from == null || to == null || from.id().equals(to.id())) {
            return null;
        }
        return "/api/paths?from=" + encode(from.id()) + "&to=" + encode(to.id()) + "&maxHops=4";
    }

    private static String id(String id, String template) {
        return id == null ? null : String.format(template, encode(id));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
