package org.saidgraph.reliability;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;
import org.saidgraph.dataset.Statement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The ids the server has acknowledged, by kind: what readers may ask for and must find. An article's ids are added
 * only once its post was answered 2xx, so a 404 for any of them means something committed was lost or not visible.
 */
final class KnownIds {

    private final Map<EntityType, List<Entity>> entities = new EnumMap<>(EntityType.class);
    private final List<String> articles = new CopyOnWriteArrayList<>();
    private final List<String> statements = new CopyOnWriteArrayList<>();

    KnownIds() {
        for (EntityType type : EntityType.values()) {
            entities.put(type, new CopyOnWriteArrayList<>());
        }
    }

    void add(Dataset dataset) {
        dataset.entities().forEach(e -> entities.get(e.type()).add(e));
        dataset.statements().stream().map(Statement::id).forEach(statements::add);
        articles.add(dataset.article().id());
    }

    boolean isEmpty() {
        return articles.isEmpty();
    }

    /** An acknowledged entity of this kind, or null when there is none yet. */
    Entity entity(EntityType type, SplittableRandom random) {
        return pick(entities.get(type), random);
    }

    String article(SplittableRandom random) {
        return pick(articles, random);
    }

    String statement(SplittableRandom random) {
        return pick(statements, random);
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        int size = items.size();
        return size == 0 ? null : items.get(random.nextInt(size));
    }
}
