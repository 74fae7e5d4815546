package org.saidgraph.query;

import java.util.List;

/** One position taken on a territory, such as {@code recognise-as-russian}, with who took it and where they said so. */
public record PositionGroup(String position, List<EntityRef> speakers, List<StatementView> statements) {
}
