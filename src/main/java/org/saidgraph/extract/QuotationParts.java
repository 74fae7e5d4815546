package org.saidgraph.extract;

import org.saidgraph.dataset.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of a quotation its attribution interrupts ("A," she said, "B."), as the dataset keeps them on one verbatim
 * statement: in order, apart, each non-blank (the dataset refuses anything else). Empty for a quotation in one piece
 * or when the pieces cannot be made so (then the statement is not verbatim in parts).
 */
final class QuotationParts {

    private QuotationParts() {
    }

    static List<Statement.Span> of(String text, List<int[]> pieces) {
        if (pieces.size() < 2) {
            return List.of();
        }
        List<int[]> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(p -> p[0]));
        List<Statement.Span> parts = new ArrayList<>();
        int previousEnd = -1;
        for (int[] p : sorted) {
            int start = Math.max(0, p[0]);
            int end = Math.min(text.length(), p[1]);
            if (start >= end || text.substring(start, end).isBlank()) {
                continue;
            }
            if (start < previousEnd) {
                return List.of();
            }
            parts.add(new Statement.Span(start, end));
            previousEnd = end;
        }
        return parts.size() >= 2 ? parts : List.of();
    }
}
