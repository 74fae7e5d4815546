package org.saidgraph.evaluate;

import java.util.List;

/** One gold statement: who said it, whether it is a quote or reported, its exact text and secondary facts. */
public record GoldStatement(String speaker, String kind, String text, List<String> partialQuotes, boolean optional,
                            String respondsTo, List<String> mentions) {

    public static final String QUOTE = "quote";
    public static final String INDIRECT = "indirect";

    public GoldStatement {
        partialQuotes = partialQuotes == null ? List.of() : List.copyOf(partialQuotes);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
