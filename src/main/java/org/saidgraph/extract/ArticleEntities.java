package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entities an article names and every mention of them, in text order. */
final class ArticleEntities {

    final Map<String, LinkedEntity> entities = new LinkedHashMap<>();
    final List<Mention> mentions = new ArrayList<>();
    /** What was known before the article: people not named in it can still be meant by a description. */
    final List<KnownEntity> known = new ArrayList<>();

    LinkedEntity get(String id) {
        return id == null ? null : entities.get(id);
    }

    List<Mention> within(int start, int end) {
        return mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
    }
}
