package org.saidgraph.query;

import java.util.List;

/**
 * One position taken on a territory, such as {@code recognise-as-russian}, with who took it and where they said so:
 * the first {@value StatementQueries#PER_POSITION} statements in text order, and {@code statementCount} of all; page
 * through the rest with {@code /api/territories/{id}/statements?position=}.
 */
public record PositionGroup(String position, List<EntityRef> speakers, long statementCount,
                            List<StatementView> statements) {
}
