package org.saidgraph.extract;

import org.saidgraph.dataset.EntityType;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An entity of the article being extracted, as linking builds it: its id (a known one, a gazetteer one, or a new
 * slug), best name, the spellings seen, and what the article and the graph say it is, as role words: {@code heads}
 * are role nouns ("ambassador"), {@code modifiers} the words around them ("ukraine", "outgoing", "germany").
 */
final class LinkedEntity {

    final EntityType type;
    final String id;
    String name;
    String kind;
    String description;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> heads = new LinkedHashSet<>();
    final Set<String> modifiers = new LinkedHashSet<>();
    final java.util.List<KnownEntity.KnownRole> roles = new java.util.ArrayList<>();
    double confidence;
    boolean named;
    boolean known;
    /**
     * Known only by a description or a bare collective noun ("officials", "the newspaper"): the entity of this article
     * alone. Its id in the dataset is the article id, a dot and this slug, so that every article's "officials" stay
     * apart in the graph instead of merging into one speaker.
     */
    boolean scoped;
    Place place;

    LinkedEntity(EntityType type, String id, String name, String kind, double confidence) {
        this.type = type;
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.confidence = confidence;
    }
}
