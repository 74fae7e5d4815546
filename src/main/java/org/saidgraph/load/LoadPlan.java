package org.saidgraph.load;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.Passages;
import org.saidgraph.dataset.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one transaction writes for a batch of article changes, as the parameters of the load queries. Worked out from
 * each article's new dataset and what the graph held of that article before ({@link Previous}), never from what other
 * articles gave, so the work is the same whether an entity is named by one article or by a hundred thousand: an alias
 * or a fact gets +1 from an article that now gives it and -1 from one that no longer does. Changes to the same entity
 * or fact from several articles of the batch are summed into one row, so a popular entity is written once per batch.
 * Free of the database, so it can be tested on its own.
 */
public final class LoadPlan {

    /**
     * One article to write: {@code next} is its new dataset, or null to delete it; {@code previous} is what the graph
     * held of it, or null for a new article.
     */
    public record Change(String articleId, Prepared next, Previous previous) {
    }

    private final List<Map<String, Object>> articles = new ArrayList<>();
    private final Map<String, EntityRow> entities = new LinkedHashMap<>();
    private final List<Map<String, Object>> names = new ArrayList<>();
    private final List<String> replacedNames = new ArrayList<>();
    private final Map<Fact, FactRow> facts = new LinkedHashMap<>();
    private final List<Map<String, Object>> staleStatements = new ArrayList<>();
    private final List<Map<String, Object>> createdStatements = new ArrayList<>();
    private final List<Map<String, Object>> replacedStatements = new ArrayList<>();
    private final List<Map<String, Object>> statementLinks = new ArrayList<>();
    private final List<Map<String, Object>> entityLinks = new ArrayList<>();
    private final List<String> deletedArticles = new ArrayList<>();
    private final Set<String> dropped = new LinkedHashSet<>();
    private final Set<String> speakers = new LinkedHashSet<>();
    private int statementCount;

    private LoadPlan() {
    }

    public static LoadPlan of(List<Change> changes) {
        LoadPlan plan = new LoadPlan();
        changes.forEach(plan::add);
        return plan;
    }

    private void add(Change change) {
        String articleId = change.articleId();
        Map<String, Naming> before = new LinkedHashMap<>();
        if (change.previous() != null) {
            change.previous().names().forEach(n -> before.put(n.entityId(), n));
        }
        Map<String, Naming> after = new LinkedHashMap<>();
        Dataset dataset = change.next() == null ? null : change.next().dataset();
        if (dataset != null) {
            articles.add(articleRow(change.next()));
            List<Map<String, Object>> named = new ArrayList<>();
            for (Entity e : dataset.entities()) {
                Naming naming = Naming.of(e);
                after.put(e.id(), naming);
                entity(e.id(), e.type().label()).given(e);
                named.add(nameRow(naming));
            }
            if (!named.isEmpty()) {
                names.add(Map.of("article", articleId, "names", named));
            }
            dataset.entities().forEach(e -> e.annexationClaimedBy().forEach(c -> fact(
                    new Fact(Fact.Type.ANNEXATION_CLAIMED_BY, e.id(), c.by(), null)).asserted(c)));
            addStatements(change.next(), change.previous() == null ? createdStatements : replacedStatements);
        } else {
            deletedArticles.add(articleId);
        }
        if (change.previous() != null) {
            replacedNames.add(articleId);
            speakers.addAll(change.previous().speakers());
        }
        for (Naming old : before.values()) {
            if (!after.containsKey(old.entityId())) {
                dropped.add(old.entityId());
            }
        }
        Set<String> touched = new LinkedHashSet<>(before.keySet());
        touched.addAll(after.keySet());
        for (String entityId : touched) {
            Naming old = before.get(entityId);
            Naming now = after.get(entityId);
            Set<String> oldAliases = old == null ? Set.of() : new HashSet<>(old.aliases());
            Set<String> newAliases = now == null ? Set.of() : new LinkedHashSet<>(now.aliases());
            EntityRow row = entity(entityId, now != null ? null : change.previous().labels().get(entityId));
            newAliases.stream().filter(a -> !oldAliases.contains(a)).forEach(a -> row.alias(a, 1));
            oldAliases.stream().filter(a -> !newAliases.contains(a)).sorted().forEach(a -> row.alias(a, -1));
            Set<Fact> oldFacts = old == null ? Set.of() : old.facts();
            Set<Fact> newFacts = now == null ? Set.of() : now.facts();
            newFacts.stream().filter(f -> !oldFacts.contains(f)).forEach(f -> fact(f).added.add(articleId));
            oldFacts.stream().filter(f -> !newFacts.contains(f)).forEach(f -> fact(f).removed.add(articleId));
        }
        if (change.previous() != null && dataset != null) {
            staleStatements.add(Map.of("id", articleId,
                    "statementIds", dataset.statements().stream().map(Statement::id).toList()));
        }
    }

    /**
     * The statements' rows, with what the loader once set in passes of their own after writing them, worked out here
     * from the dataset: the date each is listed under and its source (as create-statements.cypher describes them),
     * the linking keys (absent when {@code prepared} has no keys, as in the benchmark's raw
     * way), the sort key and speaker of load/sort-keys.cypher, and the entity and sort key of each MENTIONS. Each
     * pass read every statement again by its id; set when the statement is written, they cost nothing more.
     */
    private void addStatements(Prepared prepared, List<Map<String, Object>> statements) {
        Dataset dataset = prepared.dataset();
        String articleId = dataset.article().id();
        String text = dataset.article().text();
        String published = dataset.article().published();
        statementCount += dataset.statements().size();
        for (Statement s : dataset.statements()) {
            Map<String, Object> row = new HashMap<>();
            row.put("article", articleId);
            row.put("origin", dataset.origin());
            row.put("id", s.id());
            row.put("text", s.text());
            row.put("verbatim", s.verbatim());
            row.put("act", s.act());
            row.put("medium", s.medium());
            row.put("date", s.date());
            String day = s.date() != null ? s.date() : published;
            row.put("day", day);
            row.put("dateSource", s.date() != null ? (s.dateSource() != null ? s.dateSource() : "text")
                    : published != null ? "published" : null);
            row.put("confidence", s.confidenceOrDefault());
            row.put("speaker", s.speaker());
            row.put("start", s.span().start());
            row.put("end", s.span().end());
            row.put("parts", s.parts().isEmpty() ? null
                    : s.parts().stream().flatMap(p -> java.util.stream.Stream.of(p.start(), p.end())).toList());
            // Copies of the article's words, for the statement_words full-text index.
            row.put("evidence", text.substring(s.span().start(), s.span().end()));
            row.put("passage", Passages.around(text, s.span().start(), s.span().end()));
            StatementKeys keys = prepared.keys() == null ? null : prepared.keys().get(s.id());
            row.put("linkKeys", keys == null ? null : keys.stored());
            String sortKey = sortKey(day, articleId, s.span().start(), s.id());
            row.put("sortKey", sortKey);
            statements.add(row);
            speakers.add(s.speaker());
            // Relationships are created, not merged, so a reference given twice must become one relationship.
            Set<List<String>> seen = new HashSet<>();
            for (String to : s.reports()) {
                statementLink(seen, s.id(), to, "REPORTS");
            }
            for (String to : s.respondsTo()) {
                statementLink(seen, s.id(), to, "RESPONDS_TO");
            }
            for (String to : s.denies()) {
                statementLink(seen, s.id(), to, "DENIES");
            }
            for (int hop = 0; hop < s.reportedBy().size(); hop++) {
                entityLink(seen, s.id(), s.reportedBy().get(hop), "REPORTED_BY", Map.of("hop", hop + 1));
            }
            s.addressedTo().forEach(e -> entityLink(seen, s.id(), e, "ADDRESSED_TO", Map.of()));
            // The reader refuses a statement that mentions an entity twice, so no entity gets repeatedMentions here
            // (load/sort-keys.cypher still sets it on a graph that has such statements).
            for (Statement.Mention m : s.mentions()) {
                Map<String, Object> properties = new HashMap<>();
                if (m.position() != null) {
                    properties.put("position", m.position());
                }
                entityLink(seen, s.id(), m.entity(), "MENTIONS", properties, Map.of("entity", m.entity(),
                        "sortKey", sortKey));
            }
        }
    }

    /**
     * The key that load/sort-keys.cypher gives a statement (it says why and how): newest day first, undated last,
     * then the article, the start of the span and the statement's id. Both must give the same key
     * (SortKeyUpgradeTest compares them).
     */
    static String sortKey(String day, String articleId, int start, String statementId) {
        StringBuilder key = new StringBuilder(64);
        if (day == null) {
            key.append('1');
        } else {
            java.time.LocalDate date = java.time.LocalDate.parse(day);
            String newestFirst = Integer.toString(99999999 - (date.getYear() * 10000 + date.getMonthValue() * 100
                    + date.getDayOfMonth()));
            key.append('0').append(pad(newestFirst, 8));
        }
        key.append(' ').append(articleId).append(' ').append(pad(Integer.toString(start), 10)).append(' ')
                .append(statementId);
        return key.toString();
    }

    /** Cypher's right('000…' + text, width): zeros before, and only the last {@code width} characters. */
    private static String pad(String digits, int width) {
        String padded = "0".repeat(Math.max(0, width - digits.length())) + digits;
        return padded.substring(padded.length() - width);
    }

    private void statementLink(Set<List<String>> seen, String from, String to, String type) {
        if (seen.add(List.of(type, to))) {
            statementLinks.add(Map.of("from", from, "to", to, "type", type));
        }
    }

    private void entityLink(Set<List<String>> seen, String statement, String entity, String type,
                            Map<String, Object> properties) {
        entityLink(seen, statement, entity, type, properties, Map.of());
    }

    /**
     * A relationship from a statement to an entity, unless the statement has it already with the same properties.
     * {@code listing}: properties it gets besides, which do not tell two relationships apart (what lists of
     * statements are read by).
     */
    private void entityLink(Set<List<String>> seen, String statement, String entity, String type,
                               Map<String, Object> properties, Map<String, Object> listing) {
        List<String> key = new ArrayList<>(List.of(type, entity));
        properties.values().forEach(v -> key.add(String.valueOf(v)));
        if (!seen.add(key)) {
            return;
        }
        Map<String, Object> all = properties;
        if (!listing.isEmpty()) {
            all = new HashMap<>(properties);
            all.putAll(listing);
        }
        entityLinks.add(Map.of("statement", statement, "entity", entity, "type", type, "properties", all));
    }

    private static Map<String, Object> articleRow(Prepared prepared) {
        var article = prepared.dataset().article();
        Map<String, Object> row = new HashMap<>();
        row.put("id", article.id());
        row.put("title", article.title());
        row.put("publisher", article.publisher());
        row.put("url", article.url());
        row.put("published", article.published());
        row.put("text", article.text());
        row.put("sha256", DatasetLoader.sha256(article.text()));
        row.put("datasetSha256", prepared.fingerprint());
        row.put("origin", prepared.dataset().origin());
        row.put("file", prepared.file() == null ? null : prepared.file().path());
        row.put("fileStamp", prepared.file() == null ? null : prepared.file().stamp());
        return row;
    }

    private static Map<String, Object> nameRow(Naming naming) {
        Map<String, Object> row = new HashMap<>();
        row.put("entity", naming.entityId());
        row.put("aliases", naming.aliases());
        // Absent rather than empty: most NAMES assert no fact.
        row.put("roles", naming.roles().isEmpty() ? null : naming.roles());
        row.put("partOf", naming.partOf().isEmpty() ? null : naming.partOf());
        row.put("annexationClaimedBy", naming.annexationClaimedBy().isEmpty() ? null : naming.annexationClaimedBy());
        return row;
    }

    private EntityRow entity(String id, String label) {
        EntityRow row = entities.computeIfAbsent(id, EntityRow::new);
        if (label != null && row.label == null) {
            row.label = label;
        }
        return row;
    }

    private FactRow fact(Fact fact) {
        return facts.computeIfAbsent(fact, f -> new FactRow());
    }

    /** An entity as the batch leaves it: the latest name and optional facts given, the highest confidence. */
    private static final class EntityRow {
        final String id;
        String label;
        String name;
        String kind;
        String description;
        String wikidata;
        Double confidence;
        final Map<String, Integer> aliasChanges = new LinkedHashMap<>();

        EntityRow(String id) {
            this.id = id;
        }

        void given(Entity e) {
            label = e.type().label();
            name = e.name();
            kind = e.kind() != null ? e.kind() : kind;
            description = e.description() != null ? e.description() : description;
            wikidata = e.wikidata() != null ? e.wikidata() : wikidata;
            confidence = confidence == null ? e.confidenceOrDefault() : Math.max(confidence, e.confidenceOrDefault());
        }

        void alias(String alias, int delta) {
            aliasChanges.merge(alias, delta, Integer::sum);
        }

        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("label", label);
            row.put("name", name);
            row.put("kind", kind);
            row.put("description", description);
            row.put("wikidata", wikidata);
            row.put("confidence", confidence);
            row.put("aliasChanges", aliasChanges.entrySet().stream().filter(e -> e.getValue() != 0)
                    .map(e -> Map.<String, Object>of("alias", e.getKey(), "delta", e.getValue())).toList());
            return row;
        }
    }

    /** What the batch does to one fact: the articles that start or stop asserting it, and the latest claim details. */
    private static final class FactRow {
        final Set<String> added = new LinkedHashSet<>();
        final Set<String> removed = new LinkedHashSet<>();
        boolean asserted;
        Integer year;
        boolean recognised;

        void asserted(Entity.AnnexationClaim claim) {
            asserted = true;
            year = claim.year();
            recognised = claim.recognised();
        }

        boolean changes() {
            return !added.isEmpty() || !removed.isEmpty() || asserted;
        }
    }

    // The parameters of each query, in the order DatasetLoader runs them. Public for the benchmark's raw limit, which
    // creates the same nodes and relationships without reading the graph first.

    public List<Map<String, Object>> articles() {
        return articles;
    }

    public List<Map<String, Object>> entities() {
        // An entity the batch only stopped naming needs a row only if an alias count changes.
        return entities.values().stream().filter(e -> e.name != null || e.aliasChanges.values().stream()
                .anyMatch(d -> d != 0)).map(EntityRow::row).toList();
    }

    /**
     * What each article names, grouped by article ({@code {article, names: [{entity, aliases, roles, partOf,
     * annexationClaimedBy}]}}), so that write-names.cypher seeks each article once rather than once per entity named.
     */
    public List<Map<String, Object>> names() {
        return names;
    }

    /** Articles whose NAMES are replaced as a whole (updated or deleted ones). */
    public List<String> replacedNames() {
        return replacedNames;
    }

    public List<Map<String, Object>> facts() {
        List<Map<String, Object>> rows = new ArrayList<>();
        facts.forEach((fact, change) -> {
            if (!change.changes()) {
                return;
            }
            Map<String, Object> row = new HashMap<>();
            row.put("type", fact.type().name());
            row.put("subject", fact.subject());
            row.put("object", fact.object());
            row.put("title", fact.title());
            row.put("key", fact.key());
            row.put("namesProperty", fact.type().namesProperty());
            row.put("added", List.copyOf(change.added));
            row.put("removed", List.copyOf(change.removed));
            row.put("asserted", change.asserted);
            row.put("year", change.year);
            row.put("recognised", change.recognised);
            rows.add(row);
        });
        return rows;
    }

    public List<Map<String, Object>> staleStatements() {
        return staleStatements;
    }

    /** Statements of new articles: none of them is in the graph yet. */
    public List<Map<String, Object>> createdStatements() {
        return createdStatements;
    }

    /** Statements of articles being updated: some may be in the graph already. */
    public List<Map<String, Object>> replacedStatements() {
        return replacedStatements;
    }

    public List<Map<String, Object>> statementLinks() {
        return statementLinks;
    }

    public List<Map<String, Object>> entityLinks() {
        return entityLinks;
    }

    public List<String> deletedArticles() {
        return deletedArticles;
    }

    /** Entities an article of the batch stopped naming: they go if nothing else holds on to them. */
    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    /** The speakers whose statementCount may change: those of the batch's articles before and after it. */
    public List<String> speakers() {
        return List.copyOf(speakers);
    }

    public int statementCount() {
        return statementCount;
    }
}
