package org.saidgraph.query;

import java.util.List;

/** A statement about a territory, with the position(s) it takes on it (empty when it only mentions it). */
public record TerritoryStatement(List<TerritoryPosition> positions, StatementView statement) {

    /** The position taken on one territory (the one asked about, or one of its parts). */
    public record TerritoryPosition(String territory, String position) {
    }
}
