// For each statement being linked, the statements that share a linking key with it (link.LinkKeys), with the
// utterance each belongs to: one full-text look-up per statement, however large the graph, together with the
// committed statements committed-hits.cypher found for it (q.committed), since the look-up inside this transaction
// may miss some of them. Statements of the articles in $excluded (being re-loaded or deleted) are no candidates.
// $queries: [{id, query, committed: [statement id]}], $excluded: [article id]
UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('statement_link_keys', q.query) YIELD node
  RETURN node AS hit
  UNION
  UNWIND q.committed AS id
  MATCH (node:Statement {id: id})
  RETURN node AS hit
}
WITH q, hit
WHERE hit.id <> q.id AND NOT EXISTS { (hit)-[:SOURCED_FROM]->(x:Article) WHERE x.id IN $excluded }
MATCH (speaker:Entity)-[:SAID]->(hit)
OPTIONAL MATCH (hit)-[:OCCURRENCE_OF]->(u:Utterance)
RETURN q.id AS forStatement, hit.id AS id, speaker.id AS speaker, hit.verbatim AS verbatim, hit.text AS text,
       hit.act AS act, hit.date AS date, COLLECT { MATCH (hit)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions,
       u.id AS utteranceId, u.text AS utteranceText, coalesce(u.verbatim, false) AS utteranceVerbatim
