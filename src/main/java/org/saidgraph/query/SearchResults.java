package org.saidgraph.query;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What a search found: the entities whose names match ({@code items}, paged with {@code page}, {@code size},
 * {@code total} and {@code totalIsLowerBound}, as every list), and the articles whose text matches, with their
 * matching passages highlighted ({@code articles}, the same page of them). Each list reads at most its
 * {@value SearchQueries#MAX_HITS} best hits, so each total stops there.
 */
public record SearchResults(List<SearchHit> items, int page, int size,
                            @Schema(description = Page.TOTAL) long total,
                            @Schema(description = Page.TOTAL_IS_LOWER_BOUND) boolean totalIsLowerBound,
                            Page<ArticleHit> articles) {
}
