package org.saidgraph.generate;

import org.saidgraph.dataset.Entity;

/**
 * An entity of the generated world with the ways an article refers to it: in full at the first mention ("Velonia's
 * foreign minister Ana Kovak", "the Velonia Foreign Ministry"), and shortly after ("Kovak").
 */
record Actor(Entity entity, String firstMention, String shortName, String objectPronoun) {

    String id() {
        return entity.id();
    }

    String name() {
        return entity.name();
    }
}
