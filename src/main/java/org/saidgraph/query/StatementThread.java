package org.saidgraph.query;

import java.util.List;

/**
 * The tree of replies and denials around a statement: {@code roots} are the statements that reply to nothing in
 * the thread; each node's {@code children} reply to it ({@code relation} = {@code replies}) or deny it
 * ({@code denies}), in the order they were made: by date (the statement's, else its article's), then by where the
 * article prints them. The statement asked about is marked {@code focus}. A thread holds at most
 * {@value StatementQueries#MAX_THREAD} statements; {@code truncated} says when it had more.
 */
public record StatementThread(String focus, int size, boolean truncated, List<Node> roots) {

    public record Node(String relation, boolean focus, StatementView statement, List<Node> children) {
    }
}
