package org.saidgraph.extract;

import org.saidgraph.dataset.EntityType;

import java.util.List;

/**
 * An entity already known before the article is read (in the graph, or in a curated dataset), with what is known
 * about it that lets a description in a new article be resolved: "the Tesla CEO" is the person holding the role CEO
 * of Tesla.
 */
public record KnownEntity(EntityType type, String id, String name, List<String> aliases, String kind,
                          String description, List<KnownRole> roles) {

    public KnownEntity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A role title and the name of the organization or territory it is held in. */
    public record KnownRole(String title, String ofId, String ofName) {
    }
}
