package org.saidgraph.query;

import java.util.List;

/**
 * The tree of replies and denials around a statement: {@code roots} are the statements that reply to nothing in
 * the thread; each node's {@code children} reply to it ({@code relation} = {@code replies}) or deny it
 * ({@code denies}). The statement asked about is marked {@code focus}.
 */
public record StatementThread(String focus, int size, List<Node> roots) {

    public record Node(String relation, boolean focus, StatementView statement, List<Node> children) {
    }
}
