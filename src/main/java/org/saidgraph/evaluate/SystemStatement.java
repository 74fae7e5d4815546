package org.saidgraph.evaluate;

import org.saidgraph.dataset.Statement;

import java.util.List;

/**
 * An extracted statement as the span scorer sees it: where it is, who the extraction says spoke, and which rule.
 * {@code parts}: for a quotation its attribution interrupts ("A," she said, "B."), the quoted pieces, which are what
 * the statement's content is (as the gold content of such a quotation is its pieces); empty for one in one piece.
 */
public record SystemStatement(int start, int end, String speakerName, List<String> speakerAliases, String rule,
                              String text, List<BratAttribution.Span> parts) {

    public SystemStatement {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public SystemStatement(int start, int end, String speakerName, List<String> speakerAliases, String rule,
                           String text) {
        this(start, end, speakerName, speakerAliases, rule, text, List.of());
    }

    /** A dataset statement with its speaker's name and aliases and the rule that made it. */
    static SystemStatement of(Statement s, String speakerName, List<String> speakerAliases, String rule) {
        return new SystemStatement(s.span().start(), s.span().end(), speakerName, speakerAliases, rule, s.text(),
                s.parts().stream().map(p -> new BratAttribution.Span(p.start(), p.end())).toList());
    }

    /** The pieces of the text the statement's content is: its parts, or its span. */
    List<BratAttribution.Span> pieces() {
        return parts.isEmpty() ? List.of(new BratAttribution.Span(start, end)) : parts;
    }
}
