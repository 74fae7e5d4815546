package org.saidgraph.load;

import org.saidgraph.dataset.Entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one article says of one entity it names, as kept on its {@code (Article)-[:NAMES]->(entity)}: the aliases it
 * gives, and the keys ({@link Fact#key()}) of the roles, PART_OF and annexation claims it asserts with the entity as
 * subject. This is the article's own provenance: the shared entity and facts hold only counts, so that what an article
 * changes costs the same however many other articles name the entity.
 */
public record Naming(String entityId, List<String> aliases, List<String> roles, List<String> partOf,
                     List<String> annexationClaimedBy) {

    public Naming {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        partOf = partOf == null ? List.of() : List.copyOf(partOf);
        annexationClaimedBy = annexationClaimedBy == null ? List.of() : List.copyOf(annexationClaimedBy);
    }

    /** What a dataset's entity gives: its aliases and its facts. */
    public static Naming of(Entity entity) {
        List<String> roles = entity.roles().stream()
                .map(r -> new Fact(Fact.Type.HOLDS_ROLE, entity.id(), r.of(), r.title()).key()).distinct().toList();
        List<String> claims = entity.annexationClaimedBy().stream().map(Entity.AnnexationClaim::by).distinct()
                .toList();
        return new Naming(entity.id(), entity.aliases(), roles, entity.partOf().stream().distinct().toList(), claims);
    }

    /** The facts this naming asserts. */
    public Set<Fact> facts() {
        Set<Fact> facts = new LinkedHashSet<>();
        roles.forEach(k -> facts.add(Fact.fromKey(Fact.Type.HOLDS_ROLE, entityId, k)));
        partOf.forEach(k -> facts.add(Fact.fromKey(Fact.Type.PART_OF, entityId, k)));
        annexationClaimedBy.forEach(k -> facts.add(Fact.fromKey(Fact.Type.ANNEXATION_CLAIMED_BY, entityId, k)));
        return facts;
    }

    /** The NAMES properties, as the write query takes them. */
    java.util.Map<String, Object> properties() {
        return java.util.Map.of("aliases", aliases, "roles", roles, "partOf", partOf,
                "annexationClaimedBy", annexationClaimedBy);
    }

    /** A list property as a query returns it: a List through the driver, an array through the embedded API. */
    static List<String> strings(Object value) {
        List<String> list = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(v -> list.add((String) v));
        } else if (value instanceof String[] array) {
            list.addAll(List.of(array));
        } else if (value != null) {
            throw new IllegalArgumentException("not a list of strings: " + value);
        }
        return list;
    }
}
