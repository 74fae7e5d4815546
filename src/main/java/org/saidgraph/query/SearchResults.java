package org.saidgraph.query;

import java.util.List;

/**
 * What a search found: the entities whose names match ({@code items}, paged with {@code page}, {@code size} and
 * {@code total}, as every list), and the articles whose text matches, with their matching passages highlighted
 * ({@code articles}, the same page of them).
 */
public record SearchResults(List<SearchHit> items, int page, int size, long total, Page<ArticleHit> articles) {
}
