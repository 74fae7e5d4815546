package org.saidgraph.evaluate;

import java.util.List;

/**
 * One attribution of a brat standoff annotation (PolNeAR/PARC style): who (source) said, wrote, believed … (cue)
 * what (content). Spans are UTF-16 offsets into the article text; the content may be in several pieces (a quote
 * split by "he said"); the source may be absent ("it was reported that …").
 */
public record BratAttribution(String id, List<Span> content, List<Span> cue, List<Span> source) {

    /** A half-open range of the text, in UTF-16 code units. */
    public record Span(int start, int end) {
        public int length() {
            return end - start;
        }
    }

    public BratAttribution {
        content = List.copyOf(content);
        cue = List.copyOf(cue);
        source = List.copyOf(source);
    }

    public static String text(String article, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(article, s.start(), s.end());
        }
        return b.toString();
    }

    public int contentStart() {
        return content.stream().mapToInt(Span::start).min().orElse(-1);
    }

    public int contentEnd() {
        return content.stream().mapToInt(Span::end).max().orElse(-1);
    }
}
