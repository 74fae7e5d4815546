package org.saidgraph.query;

import io.swagger.v3.oas.annotations.media.Schema;
import org.saidgraph.dataset.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of a verbatim statement in parts (a quotation its attribution interrupts: "A," she said, "B."): its span
 * {@code [start, end)} of the article text and its words. Each piece goes in its own quotation marks, the pieces
 * joined by " … " outside them ("“A” … “B”"), since what stands between them is not the speaker's.
 */
@Schema(description = "One piece of a verbatim statement that its attribution interrupts (\"A,\" she said, \"B.\"): "
        + "its span [start, end) of the article text (UTF-16) and its words. Quote each piece on its own, joined by "
        + "\" \u2026 \" outside the quotation marks: \u201cA\u201d \u2026 \u201cB\u201d.")
public record QuotePart(int start, int end, String text) {

    /**
     * The pieces of a statement from the offsets the graph keeps ({@code parts}: start and end of each in turn) and
     * its text (the pieces joined by {@link Statement#PART_JOINER}); null for a statement in one piece, or when the
     * text is not made of pieces of those lengths (then nothing of it may be quoted piece by piece).
     */
    static List<QuotePart> of(List<Integer> offsets, String text) {
        if (offsets == null || offsets.size() < 4 || offsets.size() % 2 != 0 || text == null) {
            return null;
        }
        List<QuotePart> parts = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < offsets.size(); i += 2) {
            int length = offsets.get(i + 1) - offsets.get(i);
            if (i > 0) {
                if (!text.startsWith(Statement.PART_JOINER, at)) {
                    return null;
                }
                at += Statement.PART_JOINER.length();
            }
            if (length <= 0 || at + length > text.length()) {
                return null;
            }
            parts.add(new QuotePart(offsets.get(i), offsets.get(i + 1), text.substring(at, at + length)));
            at += length;
        }
        return at == text.length() ? parts : null;
    }

    /** The words in quotation marks: "“A”", or for pieces "“A” … “B”". */
    static String quoted(String text, List<QuotePart> parts) {
        if (parts == null || parts.isEmpty()) {
            return "“" + text + "”";
        }
        return String.join(Statement.PART_JOINER, parts.stream().map(p -> "“" + p.text() + "”").toList());
    }
}
