package org.saidgraph.load;

import org.saidgraph.graph.Cypher;

/**
 * The text of the loader's queries ({@code cypher/load/} and {@code cypher/link/}) as the loader sends them: each
 * file's Cypher behind the query option {@code CYPHER replan=skip}.
 *
 * <p>Why: while a corpus loads, the graph's counts grow by orders of magnitude, and Neo4j throws away a cached plan
 * whenever the statistics it was planned with have diverged (every few seconds early in a load, by its own log), and
 * compiles it again. A profile of loading 1,000 generated articles put about a quarter of the loading thread in the
 * Cypher compiler, half of it such re-planning. The loader's queries start from the rows they are given and look
 * every node up by its id or key through a uniqueness constraint or index, so their plans do not depend on the
 * counts: the plan made on first use is kept for the life of the process, except for the few in {@link #REPLANNED}.
 * {@code LoadQueriesTest} holds every
 * query to that: planned over an empty graph, none scans a label or all nodes (but the two that read every article
 * or check for an upgrade by design). The API's reading queries are not affected: Neo4j re-plans them as it sees fit.
 */
final class LoadQueries {

    static final String OPTIONS = "CYPHER replan=skip\n";

    /**
     * Queries Neo4j may plan again as the graph grows. describe-utterances kept a first plan that cost 40 ms per
     * utterance for a whole 10,000-article load in some builds and 0.1 ms in others, with the same Cypher and the same
     * rows (bench load, session 14): which plan it gets first is not in its text.
     */
    static final java.util.Set<String> REPLANNED = java.util.Set.of("link/describe-utterances");

    private LoadQueries() {
    }

    /** The query in {@code cypher/<name>.cypher}, such as {@code load/merge-statements}, as the loader runs it. */
    static String text(String name) {
        return (REPLANNED.contains(name) ? "" : OPTIONS) + Cypher.query(name);
    }
}
