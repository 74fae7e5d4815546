package org.saidgraph.query;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.Graph;
import org.springframework.stereotype.Service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Finding people, organizations, territories and groups, and what the graph knows of each. */
@Service
public class EntityQueries {

    /** The kinds of entity the API serves by path, with their graph label. */
    public enum Kind {
        PERSON("Person", "person"), ORGANIZATION("Organization", "organization"), TERRITORY("Territory", "territory"),
        GROUP("Group", "group");

        final String label;
        final String word;

        Kind(String label, String word) {
            this.label = label;
            this.word = word;
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    public static final int MAX_QUERY_LENGTH = 200;

    private final Graph graph;

    public EntityQueries(Graph graph) {
        this.graph = graph;
    }

    /**
     * Entities whose name or alias matches {@code q}, best first. The words of {@code q} are folded like the index
     * folds names (lower case, no diacritics); each word matches whole (scored highest), as a prefix, or with one
     * typo when it is long enough.
     */
    public Page<SearchHit> search(String q, Page.Request page) {
        String lucene = lucene(q);
        try (Session session = graph.readSession()) {
            Record r = session.executeRead(tx -> tx.run(Cypher.query("query/search-entities"),
                    Map.of("lucene", lucene, "skip", page.skip(), "limit", page.size())).single());
            List<SearchHit> hits = r.get("hits").asList(h -> new SearchHit(Rows.string(h, "id"),
                    Rows.string(h, "name"), Rows.string(h, "type"), h.get("score").asDouble()));
            return new Page<>(hits, page.page(), page.size(), r.get("total").asLong());
        }
    }

    static String lucene(String q) {
        if (q == null || q.isBlank()) {
            throw new BadParameterException("q", "is required: give a name or alias to look for, such as 'nauseda'");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        String folded = MARKS.matcher(Normalizer.normalize(q, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> clauses = new ArrayList<>();
        for (String word : NON_WORD.split(folded)) {
            if (word.isEmpty()) {
                continue;
            }
            // Letters and digits only, so nothing in a word is Lucene syntax.
            String clause = "(" + word + "^4 OR " + word + "*" + (word.length() >= 5 ? " OR " + word + "~1" : "") + ")";
            clauses.add(clause);
        }
        if (clauses.isEmpty()) {
            throw new BadParameterException("q", "must contain a letter or digit");
        }
        if (clauses.size() > 10) {
            throw new BadParameterException("q", "must have at most 10 words");
        }
        return String.join(" ", clauses);
    }

    /** The entity of this kind with this id; throws {@link NotFoundException} when there is none. */
    public EntityDetail entity(Kind kind, String id) {
        try (Session session = graph.readSession()) {
            List<Record> rows = session.executeRead(tx -> tx.run(Cypher.query("query/entity"),
                    Map.of("id", id, "label", kind.label)).list());
            if (rows.isEmpty()) {
                throw new NotFoundException(kind.word, id);
            }
            return detail(rows.get(0));
        }
    }

    /** Throws {@link BadParameterException} naming {@code parameter} when no entity has this id. */
    public void requireExists(String parameter, String id) {
        if (!exists(id)) {
            throw new BadParameterException(parameter, "no person, organization, territory or group with id '" + id
                    + "' (find ids with /api/search?q=)");
        }
    }

    public boolean exists(String id) {
        try (Session session = graph.readSession()) {
            return session.executeRead(tx -> tx.run(Cypher.query("query/entity-exists"), Map.of("id", id)).single()
                    .get("exists").asBoolean());
        }
    }

    private static EntityDetail detail(Record r) {
        Value e = r.get("entity");
        List<EntityDetail.Role> roles = r.get("roles").asList(v -> new EntityDetail.Role(Rows.string(v, "title"),
                Rows.entity(v.get("of")), articleCount(v), articles(v)));
        List<EntityDetail.RoleHolder> holders = r.get("roleHolders").asList(v -> new EntityDetail.RoleHolder(
                Rows.string(v, "title"), Rows.entity(v.get("holder")), articleCount(v), articles(v)));
        List<EntityDetail.Annexation> claimedBy = r.get("annexationClaimedBy")
                .asList(v -> annexation(null, v.get("by"), v));
        List<EntityDetail.Annexation> claims = r.get("annexationsClaimed")
                .asList(v -> annexation(v.get("territory"), null, v));
        EntityDetail.Counts counts = new EntityDetail.Counts(r.get("said").asLong(), r.get("saidThroughOthers").asLong(),
                r.get("relayed").asLong(), r.get("mentionedIn").asLong(), r.get("addressedIn").asLong(),
                r.get("articles").asLong());
        return new EntityDetail(Rows.string(e, "id"), Rows.string(e, "name"), Rows.string(e, "type"),
                e.get("aliases").isNull() ? List.of() : e.get("aliases").asList(Value::asString),
                Rows.string(e, "kind"), Rows.string(e, "description"), Rows.string(e, "wikidata"), roles, holders,
                Rows.entities(r.get("partOf")), Rows.entities(r.get("parts")), claimedBy, claims, counts);
    }

    /** A claim as seen from the claimed territory ({@code by} given) or from the claimant ({@code territory} given). */
    private static EntityDetail.Annexation annexation(Value territory, Value by, Value claim) {
        return new EntityDetail.Annexation(territory == null ? null : Rows.entity(territory),
                by == null ? null : Rows.entity(by), claim.get("year").isNull() ? null : claim.get("year").asInt(),
                claim.get("recognised").isNull() ? null : claim.get("recognised").asBoolean(), articleCount(claim),
                articles(claim));
    }

    /** Up to five ids of the articles that assert a role or claim. */
    private static List<String> articles(Value fact) {
        return fact.get("articles").asList(Value::asString);
    }

    /** How many articles assert a role or claim; 0 for one written before the loader counted them. */
    private static long articleCount(Value fact) {
        return fact.get("articleCount").asLong(0);
    }
}
