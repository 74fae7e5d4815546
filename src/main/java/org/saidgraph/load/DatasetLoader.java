package org.saidgraph.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.SummaryCounters;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.dataset.Passages;
import org.saidgraph.dataset.Problem;
import org.saidgraph.dataset.Statement;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.Graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes a validated dataset into the graph: one article in one transaction, every node merged on its id, so that a
 * re-load is harmless, an edited article replaces its old statements, and a failure leaves the graph as it was. Aliases
 * and entity facts (roles, PART_OF, annexation claims) record the articles that give them, so an edited or deleted
 * article takes away what only it said, and entities no article names any more are removed.
 */
public final class DatasetLoader {

    /**
     * Hashed together with the dataset into {@code datasetSha256}. The fingerprint lets a re-load of an unchanged
     * dataset be skipped, but what the graph holds for a dataset also depends on how the loader writes it: v2 keeps
     * which article gave each alias and each entity fact; v3 keeps {@code statementCount} on speakers; v4 stores each
     * statement's evidence and passage (the text of its span and the sentence around it) for full-text search; v5
     * gives every statement a date and dateSource, articles their outlet (PUBLISHED_BY) and links utterances across
     * articles ({@link CorpusLinks}).
     * Changing this constant changes every fingerprint, so a restart over a data directory written by an older loader
     * re-loads each dataset once with the present semantics (and skips it again afterwards). Change it whenever the
     * loader writes the same dataset differently.
     */
    static final String LOAD_FORMAT = "saidgraph-load-v5\n";

    private final Graph graph;
    private final ObjectMapper mapper;

    public DatasetLoader(Graph graph, ObjectMapper mapper) {
        this.graph = graph;
        this.mapper = mapper;
    }

    /**
     * Loads one dataset that {@link org.saidgraph.dataset.DatasetReader} has accepted. {@code source} names it in
     * problems. Throws {@link InvalidDatasetException} when the dataset conflicts with the graph (an entity id that
     * names another kind of thing there); nothing is written then.
     */
    public LoadResult load(String source, Dataset dataset) {
        String fingerprint = sha256(LOAD_FORMAT + canonicalJson(dataset));
        try (Session session = graph.writeSession()) {
            return session.executeWrite(tx -> write(tx, source, dataset, fingerprint));
        }
    }

    /**
     * Removes an article and its statements, takes its support from the aliases and entity facts it gave, and removes
     * the entities that only it named; returns false when there was no such article.
     */
    public boolean delete(String articleId) {
        try (Session session = graph.writeSession()) {
            return session.executeWrite(tx -> {
                if (!tx.run(Cypher.query("load/article-fingerprint"), Map.of("id", articleId)).hasNext()) {
                    return false;
                }
                CorpusLinks.beforeWrite(tx, List.of(articleId));
                // The same queries as a load of a dataset that asserts nothing and names nothing.
                run(tx, "load/merge-entity-facts", Map.of("articleId", articleId, "roles", List.of(),
                        "partOf", List.of(), "claims", List.of()));
                List<String> speakers = speakers(tx, articleId);
                List<String> dropped = replaceNames(tx, articleId, List.of()).dropped();
                run(tx, "load/delete-article", Map.of("articleId", articleId));
                deleteUnreferenced(tx, dropped);
                countStatements(tx, speakers);
                return true;
            });
        }
    }

    private LoadResult write(TransactionContext tx, String source, Dataset dataset, String fingerprint) {
        var article = dataset.article();
        Result previous = tx.run(Cypher.query("load/article-fingerprint"), Map.of("id", article.id()));
        String previousFingerprint = previous.hasNext() ? previous.single().get("datasetSha256").asString(null) : null;
        boolean existed = previousFingerprint != null;
        if (fingerprint.equals(previousFingerprint)) {
            return new LoadResult(article.id(), LoadResult.Status.UNCHANGED, dataset.entities().size(),
                    dataset.statements().size(), Counts.NONE);
        }
        rejectConflicts(tx, source, dataset);
        List<String> speakers = new ArrayList<>(speakers(tx, article.id()));
        dataset.statements().forEach(st -> speakers.add(st.speaker()));

        Counts counts = existed ? CorpusLinks.beforeWrite(tx, List.of(article.id())) : Counts.NONE;
        Map<String, Object> articleParams = new HashMap<>();
        articleParams.put("id", article.id());
        articleParams.put("title", article.title());
        articleParams.put("publisher", article.publisher());
        articleParams.put("url", article.url());
        articleParams.put("published", article.published());
        articleParams.put("text", article.text());
        articleParams.put("sha256", sha256(article.text()));
        articleParams.put("datasetSha256", fingerprint);
        articleParams.put("origin", dataset.origin());
        counts = counts.plus(run(tx, "load/merge-article", Map.of("article", articleParams)));

        counts = counts.plus(run(tx, "load/merge-entities", Map.of("entities",
                dataset.entities().stream().map(DatasetLoader::entityRow).toList())));
        // Before replace-names: the facts this article gave before are found through the entities it named before.
        counts = counts.plus(run(tx, "load/merge-entity-facts", Map.of("articleId", article.id(),
                "roles", roleRows(dataset), "partOf", partOfRows(dataset), "claims", annexationRows(dataset))));
        Names names = replaceNames(tx, article.id(), dataset.entities().stream().map(DatasetLoader::nameRow).toList());
        counts = counts.plus(names.counts());

        List<String> statementIds = dataset.statements().stream().map(Statement::id).toList();
        counts = counts.plus(run(tx, "load/delete-stale-statements", Map.of("articleId", article.id(),
                "statementIds", statementIds)));
        counts = counts.plus(run(tx, "load/merge-statements", Map.of("articleId", article.id(),
                "origin", dataset.origin(), "statements", dataset.statements().stream()
                        .map(st -> statementRow(st, article.text())).toList())));
        counts = counts.plus(run(tx, "load/link-statements", Map.of("links", statementLinks(dataset))));
        counts = counts.plus(run(tx, "load/link-entities", Map.of("links", entityLinks(dataset))));
        // Last: only now do the article's statements no longer reference what its old dataset named.
        counts = counts.plus(deleteUnreferenced(tx, names.dropped()));
        counts = counts.plus(CorpusLinks.afterWrite(tx, List.of(dataset)));
        // Bookkeeping for the explorer, not part of what the dataset wrote: left out of the counts.
        countStatements(tx, speakers);

        return new LoadResult(article.id(), existed ? LoadResult.Status.UPDATED : LoadResult.Status.CREATED,
                dataset.entities().size(), dataset.statements().size(), counts);
    }

    private void rejectConflicts(TransactionContext tx, String source, Dataset dataset) {
        List<Map<String, Object>> entities = dataset.entities().stream()
                .map(e -> Map.<String, Object>of("id", e.id(), "label", e.type().label())).toList();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < dataset.entities().size(); i++) {
            index.put(dataset.entities().get(i).id(), i);
        }
        tx.run(Cypher.query("load/find-conflicting-entities"), Map.of("entities", entities)).forEachRemaining(r ->
                problems.add(new Problem(source, "/entities/" + index.get(r.get("id").asString()) + "/type",
                        "'" + r.get("id").asString() + "' is a " + r.get("existing").asString()
                                + " in the graph already, so it cannot be a " + r.get("wanted").asString())));
        if (!problems.isEmpty()) {
            throw new InvalidDatasetException(problems);
        }
    }

    /** What replace-names did: its counts, and the entities the article named before and no longer names. */
    private record Names(Counts counts, List<String> dropped) {
    }

    private static Names replaceNames(TransactionContext tx, String articleId, List<Map<String, Object>> names) {
        Result result = tx.run(Cypher.query("load/replace-names"),
                Values.value(Map.of("articleId", articleId, "names", names)));
        List<String> dropped = result.hasNext()
                ? result.next().get("dropped").asList(org.neo4j.driver.Value::asString) : List.of();
        return new Names(counts(result.consume().counters()), dropped);
    }

    /** Runs delete-unreferenced-entities only when there is something to look at (one query fewer to compile). */
    private static Counts deleteUnreferenced(TransactionContext tx, List<String> candidates) {
        return candidates.isEmpty() ? Counts.NONE
                : run(tx, "load/delete-unreferenced-entities", Map.of("entityIds", candidates));
    }

    /** The speakers of the article's statements before this load or delete changes them. */
    private static List<String> speakers(TransactionContext tx, String articleId) {
        return tx.run(Cypher.query("load/article-speakers"), Map.of("articleId", articleId)).single()
                .get("speakers").asList(org.neo4j.driver.Value::asString);
    }

    /** Keeps Entity.statementCount true for the speakers an article touched (count-statements.cypher). */
    private static void countStatements(TransactionContext tx, List<String> speakers) {
        run(tx, "load/count-statements", Map.of("entityIds", speakers.stream().distinct().toList()));
    }

    private static Map<String, Object> nameRow(Entity e) {
        return Map.of("id", e.id(), "aliases", e.aliases());
    }

    private static Map<String, Object> entityRow(Entity e) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", e.id());
        row.put("label", e.type().label());
        row.put("name", e.name());
        row.put("kind", e.kind());
        row.put("description", e.description());
        row.put("wikidata", e.wikidata());
        row.put("confidence", e.confidenceOrDefault());
        return row;
    }

    private static List<Map<String, Object>> roleRows(Dataset dataset) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entity e : dataset.entities()) {
            e.roles().forEach(r -> rows.add(Map.of("person", e.id(), "title", r.title(), "of", r.of())));
        }
        return rows;
    }

    private static List<Map<String, Object>> partOfRows(Dataset dataset) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entity e : dataset.entities()) {
            e.partOf().forEach(p -> rows.add(Map.of("territory", e.id(), "parent", p)));
        }
        return rows;
    }

    private static List<Map<String, Object>> annexationRows(Dataset dataset) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entity e : dataset.entities()) {
            for (Entity.AnnexationClaim c : e.annexationClaimedBy()) {
                Map<String, Object> row = new HashMap<>();
                row.put("territory", e.id());
                row.put("by", c.by());
                row.put("year", c.year());
                row.put("recognised", c.recognised());
                rows.add(row);
            }
        }
        return rows;
    }

    /** A statement as merge-statements writes it; {@code text} is the article's, for the evidence and passage. */
    private static Map<String, Object> statementRow(Statement s, String text) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", s.id());
        row.put("text", s.text());
        row.put("verbatim", s.verbatim());
        row.put("act", s.act());
        row.put("medium", s.medium());
        row.put("date", s.date());
        row.put("confidence", s.confidenceOrDefault());
        row.put("speaker", s.speaker());
        row.put("start", s.span().start());
        row.put("end", s.span().end());
        row.put("evidence", text.substring(s.span().start(), s.span().end()));
        row.put("passage", Passages.around(text, s.span().start(), s.span().end()));
        return row;
    }

    private static List<Map<String, Object>> statementLinks(Dataset dataset) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Statement s : dataset.statements()) {
            s.reports().forEach(to -> rows.add(Map.of("from", s.id(), "to", to, "type", "REPORTS")));
            s.respondsTo().forEach(to -> rows.add(Map.of("from", s.id(), "to", to, "type", "RESPONDS_TO")));
            s.denies().forEach(to -> rows.add(Map.of("from", s.id(), "to", to, "type", "DENIES")));
        }
        return rows;
    }

    private static List<Map<String, Object>> entityLinks(Dataset dataset) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Statement s : dataset.statements()) {
            for (int hop = 0; hop < s.reportedBy().size(); hop++) {
                rows.add(Map.of("statement", s.id(), "entity", s.reportedBy().get(hop), "type", "REPORTED_BY",
                        "hop", hop + 1));
            }
            s.addressedTo().forEach(e -> rows.add(Map.of("statement", s.id(), "entity", e, "type", "ADDRESSED_TO")));
            for (Statement.Mention m : s.mentions()) {
                Map<String, Object> row = new HashMap<>();
                row.put("statement", s.id());
                row.put("entity", m.entity());
                row.put("type", "MENTIONS");
                row.put("position", m.position());
                rows.add(row);
            }
        }
        return rows;
    }

    private static Counts run(TransactionContext tx, String query, Map<String, Object> parameters) {
        return counts(tx.run(Cypher.query(query), Values.value(parameters)).consume().counters());
    }

    private static Counts counts(SummaryCounters c) {
        return new Counts(c.nodesCreated(), c.nodesDeleted(), c.relationshipsCreated(), c.relationshipsDeleted(),
                c.propertiesSet());
    }

    private String canonicalJson(Dataset dataset) {
        try {
            return mapper.writeValueAsString(dataset);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
