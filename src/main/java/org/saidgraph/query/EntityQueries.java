package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.saidgraph.graph.Graph;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

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

    public static final int MAX_QUERY_LENGTH = 200;

    private final Graph graph;

    public EntityQueries(Graph graph) {
        this.graph = graph;
    }

    /**
     * The Lucene query for a search: the words of {@code q} folded like the indexes fold names (lower case, no
     * diacritics); each word matches whole (scored highest), as a prefix, or with one typo when it is long enough.
     */
    public static String lucene(String q) {
        if (q == null || q.isBlank()) {
            throw new BadParameterException("q", "is required: give a name or alias to look for, such as 'nauseda'");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> words = SearchWords.of(q);
        if (words.isEmpty()) {
            throw new BadParameterException("q", "must contain a letter or digit");
        }
        if (words.size() > 10) {
            throw new BadParameterException("q", "must have at most 10 words");
        }
        return SearchWords.lucene(words);
    }

    /** The entity of this kind with this id; throws {@link NotFoundException} when there is none. */
    public EntityDetail entity(Kind kind, String id) {
        List<Value> rows = graph.reads().rows("query/entity", Map.of("id", id, "label", kind.label));
        if (rows.isEmpty()) {
            throw new NotFoundException(kind.word, id);
        }
        return detail(rows.get(0), kind);
    }

    /**
     * The one row of an entity's list query that also answers whether the entity is there (issue 9: one query and
     * one read transaction instead of two): such a query answers no row for an unknown id, and, when it starts from
     * any entity rather than one of its label, the entity's {@code labels}. Throws {@link NotFoundException} as
     * {@link #entity} does when there is no row or the labels are not those of this kind.
     */
    static Value found(Kind kind, String id, List<Value> rows) {
        if (rows.isEmpty()) {
            throw new NotFoundException(kind.word, id);
        }
        Value labels = rows.get(0).get("labels");
        if (!labels.isNull() && !labels.asList(Value::asString).contains(kind.label)) {
            throw new NotFoundException(kind.word, id);
        }
        return rows.get(0);
    }

    /** The 400 naming {@code parameter} for an id that names no entity. */
    static UnknownIdException unknown(String parameter, String id) {
        return new UnknownIdException(parameter, "no person, organization, territory or group with id '" + id
                + "' (find ids with /api/search?q=)");
    }

    /**
     * The entity's answer: {@code aliases} and {@code roles} always (empty when it has none); role holders for an
     * organization or territory; the territorial facts for a territory. Lists that cannot apply are left out.
     */
    private static EntityDetail detail(Value r, Kind kind) {
        boolean territory = kind == Kind.TERRITORY;
        boolean holdsRoles = territory || kind == Kind.ORGANIZATION;
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
                Rows.string(e, "kind"), Rows.string(e, "description"), Rows.string(e, "wikidata"), roles,
                holdsRoles ? holders : null, territory ? Rows.entities(r.get("partOf")) : null,
                territory ? Rows.entities(r.get("parts")) : null, territory ? claimedBy : null,
                territory ? claims : null, counts);
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
