package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An article whose title or text matched a search, with {@code score} relative to the best article of the search
 * (1.0), and the passages (sentences) of its text where the words of the search occur: at most
 * {@value SearchQueries#PASSAGES_PER_ARTICLE}, in text order, with {@code passageCount} of all.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleHit(String id, String title, String publisher, String published, double score,
                         long passageCount, List<Passage> passages) {

    /**
     * A sentence of the article, {@code text} = {@code article.text[start:end]}, and in it the words that matched:
     * each highlight is {@code [start, end)} in the same UTF-16 offsets of the article text as statement spans.
     */
    public record Passage(int start, int end, String text, List<Highlight> highlights) {
    }

    /** The offsets {@code [start, end)} of a matching word in the article text. */
    public record Highlight(int start, int end) {
    }
}
