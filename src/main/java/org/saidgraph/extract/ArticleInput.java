package org.saidgraph.extract;

/** An article to extract from: its text and whatever is known about it; only the text is required. */
public record ArticleInput(String text, String title, String publisher, String url, String published,
                           String fileName) {

    public static ArticleInput of(String text) {
        return new ArticleInput(text, null, null, null, null, null);
    }
}
