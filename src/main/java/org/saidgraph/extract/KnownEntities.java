package org.saidgraph.extract;

import java.util.List;

/** Where the extractor's knowledge of existing entities comes from: the graph, curated datasets, or nothing. */
@FunctionalInterface
public interface KnownEntities {

    /** Every known entity; called once per extraction, so implementations may query each time. */
    List<KnownEntity> all();

    static KnownEntities none() {
        return List::of;
    }

    static KnownEntities of(List<KnownEntity> entities) {
        List<KnownEntity> copy = List.copyOf(entities);
        return () -> copy;
    }
}
