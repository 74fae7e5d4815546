// Indexes that earlier versions of cypher/schema.cypher created and this one no longer does. Graph.applySchema drops
// each one a database still has (and runs nothing when none is left), so that a database made by an older version
// stops paying for it on every commit.
//
// statement_text (full-text over a statement's text alone): no query of saidgraph read it, and every statement's text
// was indexed twice by full-text indexes, here and in statement_words (text, evidence and passage), which
// /api/statements?q= reads; a commit of a loading batch paid for both (BENCHMARKS.md, Which full-text index the commit
// pays for). Your own Cypher can search statement_words instead.
DROP INDEX statement_text IF EXISTS;

// statement_link_keys (full-text over s.linkKeys, updated inside every commit): replaced by
// statement_link_keys_eventual, the same keys in an eventually consistent index, which Neo4j updates beside the
// loader's commits instead of inside them (cypher/schema.cypher). The loader reads only the new one.
DROP INDEX statement_link_keys IF EXISTS;
