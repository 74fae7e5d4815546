package org.saidgraph.reliability;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts of nodes by label and relationships by type, and what no article holds on to. {@link #expected} works them
 * out from datasets alone: the articles, their statements, the distinct entities of each kind, a SAID and a
 * SOURCED_FROM per statement, a NAMES per entity an article names, each statement's links, and each distinct entity
 * fact (a role is one relationship however many articles state it).
 */
record Totals(Map<String, Long> nodes, Map<String, Long> relationships, long orphanStatements, long orphanEntities,
              long outletsOnly) {

    Totals {
        nodes = new TreeMap<>(nodes);
        relationships = new TreeMap<>(relationships);
    }

    static Totals expected(Iterable<Dataset> datasets) {
        Map<String, Long> nodes = new TreeMap<>();
        Map<String, Long> relationships = new TreeMap<>();
        Set<String> entities = new HashSet<>();
        Set<String> roles = new HashSet<>();
        Set<String> partOf = new HashSet<>();
        Set<String> claims = new HashSet<>();
        for (Dataset dataset : datasets) {
            add(nodes, "Article", 1);
            String publisher = dataset.article().publisher();
            if (publisher != null && !publisher.isBlank()) {
                add(relationships, "PUBLISHED_BY", 1);
            }
            add(nodes, "Statement", dataset.statements().size());
            add(relationships, "SAID", dataset.statements().size());
            add(relationships, "SOURCED_FROM", dataset.statements().size());
            add(relationships, "NAMES", dataset.entities().size());
            for (Entity e : dataset.entities()) {
                if (entities.add(e.id())) {
                    add(nodes, "Entity", 1);
                    add(nodes, e.type().label(), 1);
                }
                e.roles().forEach(r -> roles.add(e.id() + "\n" + r.title() + "\n" + r.of()));
                e.partOf().forEach(p -> partOf.add(e.id() + "\n" + p));
                e.annexationClaimedBy().forEach(c -> claims.add(e.id() + "\n" + c.by()));
            }
            for (Statement s : dataset.statements()) {
                add(relationships, "REPORTS", s.reports().size());
                add(relationships, "RESPONDS_TO", s.respondsTo().size());
                add(relationships, "DENIES", s.denies().size());
                add(relationships, "REPORTED_BY", s.reportedBy().size());
                add(relationships, "ADDRESSED_TO", s.addressedTo().size());
                add(relationships, "MENTIONS", s.mentions().size());
            }
        }
        add(relationships, "HOLDS_ROLE", roles.size());
        add(relationships, "PART_OF", partOf.size());
        add(relationships, "ANNEXATION_CLAIMED_BY", claims.size());
        nodes.values().removeIf(n -> n == 0);
        relationships.values().removeIf(n -> n == 0);
        return new Totals(nodes, relationships, 0, 0, 0);
    }

    /** A row of graph-totals.cypher. */
    @SuppressWarnings("unchecked")
    static Totals read(Map<String, Object> row) {
        Map<String, Long> nodes = new TreeMap<>();
        ((List<List<Object>>) row.get("labels")).forEach(p -> nodes.put((String) p.get(0), (Long) p.get(1)));
        Map<String, Long> relationships = new TreeMap<>();
        ((List<List<Object>>) row.get("types")).forEach(p -> relationships.put((String) p.get(0), (Long) p.get(1)));
        return new Totals(nodes, relationships, (Long) row.get("orphanStatements"), (Long) row.get("orphanEntities"),
                (Long) row.get("outletsOnly"));
    }

    long relationshipCount() {
        return relationships.values().stream().mapToLong(Long::longValue).sum();
    }

    long nodes(String label) {
        return nodes.getOrDefault(label, 0L);
    }

    /**
     * Where {@code actual} differs from these expected totals: every label and type these name must have exactly its
     * count, and nothing may be orphaned. Labels and types that datasets do not give (derived by the application
     * from what was loaded) are not counted here. Empty when it matches.
     */
    List<String> differences(Totals actual) {
        List<String> differences = new ArrayList<>();
        nodes.forEach((label, n) -> {
            // Outlets no article names are the loader's, made from publishers: not among the datasets' entities.
            long outlets = label.equals("Entity") || label.equals("Organization") ? actual.outletsOnly : 0;
            long found = actual.nodes.getOrDefault(label, 0L) - outlets;
            if (found != n) {
                differences.add(label + " nodes: " + found + ", expected " + n);
            }
        });
        relationships.forEach((type, n) -> {
            long found = actual.relationships.getOrDefault(type, 0L);
            if (found != n) {
                differences.add(type + " relationships: " + found + ", expected " + n);
            }
        });
        if (actual.orphanStatements != 0) {
            differences.add(actual.orphanStatements + " statement(s) sourced from no article");
        }
        if (actual.orphanEntities != 0) {
            differences.add(actual.orphanEntities + " entit(y/ies) no article names");
        }
        return differences;
    }

    private static void add(Map<String, Long> counts, String key, long n) {
        counts.merge(key, n, Long::sum);
    }
}
