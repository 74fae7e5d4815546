package org.saidgraph.evaluate;

import java.util.List;

/** An extracted statement as the span scorer sees it: where it is, who the extraction says spoke, and which rule. */
public record SystemStatement(int start, int end, String speakerName, List<String> speakerAliases, String rule,
                              String text) {
}
