// The committed statements stored under any of the given linking keys (link.LinkKeys), with all their keys, looked
// up outside the loader's transaction (LoadTransactions.Tx#committedRows): inside it, Neo4j's full-text transaction
// state hides every committed node whose id is that of a relationship the transaction deleted, and loading deletes
// many (candidates.cypher then reads these statements by id). One look-up serves a whole batch: each of $queries
// asks for a few hundred keys at once (LinkKeys#lookups), and CorpusLinks matches each statement's clauses against
// the keys of the hits in memory (link.KeyMatcher), which is much cheaper than a look-up per statement. A clause of
// two keys is asked as a conjunction, (+a +b), so only statements that hold both come back. Statements
// of the articles in $stale (rewritten or deleted by the transaction: their committed keys may be out of date) are
// left out: the statements such an article still has are among those being linked, and CorpusLinks matches those
// among themselves. The index is eventually consistent: CorpusLinks first waits for it to hold every commit
// (await-link-keys.cypher).
// $queries: [Lucene query], $stale: [article id]
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('statement_link_keys_eventual', q) YIELD node AS hit
WITH DISTINCT hit
WHERE NOT EXISTS { (hit)-[:SOURCED_FROM]->(x:Article) WHERE x.id IN $stale }
RETURN hit.id AS id, hit.linkKeys AS keys
