// The committed statements that share a linking key with each statement being linked (link.LinkKeys), looked up
// outside the loader's transaction (LoadTransactions.Tx#committedRows): inside it, Neo4j's full-text transaction
// state hides every committed node whose id is that of a relationship the transaction deleted, and loading deletes
// many (candidates.cypher then reads these statements by id). Statements of the articles in $stale (rewritten or
// deleted by the transaction: their committed keys may be out of date) are left out: the statements such an article
// still has are among those being linked, and CorpusLinks matches those among themselves (link.KeyMatcher).
// $queries: [{id, query}], $stale: [article id]
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('statement_link_keys', q.query) YIELD node AS hit
WITH q, hit
WHERE hit.id <> q.id AND NOT EXISTS { (hit)-[:SOURCED_FROM]->(x:Article) WHERE x.id IN $stale }
RETURN q.id AS forStatement, hit.id AS id
