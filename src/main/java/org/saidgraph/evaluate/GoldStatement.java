package org.saidgraph.evaluate;

import java.util.List;

/** One gold statement: who said it, whether it is a quote or reported, its exact text and secondary facts. */
public record GoldStatement(String speaker, String kind, String text, List<String> partialQuotes, boolean optional,
                            String respondsTo, List<String> mentions, Evidence evidence) {

    /**
     * Where a curated paraphrase's evidence lies in the article. A curated reported statement is rewritten in the
     * curator's words, so an extraction matches it by place: its span inside the evidence, covering a third of it.
     */
    public record Evidence(int start, int end) {
        public boolean matches(int s, int e) {
            return s >= start && e <= end && (e - s) * 3 >= (end - start);
        }
    }

    public static final String QUOTE = "quote";
    public static final String INDIRECT = "indirect";

    public GoldStatement {
        partialQuotes = partialQuotes == null ? List.of() : List.copyOf(partialQuotes);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
