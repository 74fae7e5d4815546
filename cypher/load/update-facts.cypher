// Facts about entities: (Person)-[:HOLDS_ROLE {title}]->(Organization|Territory), (Territory)-[:PART_OF]->(Territory)
// and (Territory)-[:ANNEXATION_CLAIMED_BY {year, recognised}]->(Territory), each with articleCount (how many articles
// assert it) and articleSample (up to five of their ids, sorted). Which articles assert a fact is kept on their own
// NAMES (write-names.cypher), so a batch passes per fact only the articles that started or stopped asserting it, and
// the cost does not depend on how many others do. A fact no article asserts any more is deleted. Only when an article
// of the sample stops asserting a fact that others still assert are replacements looked for, among the NAMES of the
// fact's subject (so write-names.cypher runs first).
// $facts: [{type, subject, object, title, key, namesProperty, added: [articleId], removed: [articleId],
//           asserted, year, recognised}] -- asserted: an article of the batch asserts it (year and recognised are
//           then the latest given)
UNWIND $facts AS f
MATCH (s:Entity {id: f.subject})
MATCH (o:Entity {id: f.object})
CALL (f, s, o) {
  WITH * WHERE f.type = 'HOLDS_ROLE'
  MERGE (s)-[r:HOLDS_ROLE {title: f.title}]->(o)
  RETURN r
  UNION
  WITH * WHERE f.type = 'PART_OF'
  MERGE (s)-[r:PART_OF]->(o)
  RETURN r
  UNION
  WITH * WHERE f.type = 'ANNEXATION_CLAIMED_BY'
  MERGE (s)-[r:ANNEXATION_CLAIMED_BY]->(o)
  RETURN r
}
WITH f, s, r, coalesce(r.articleCount, 0) + size(f.added) - size(f.removed) AS count,
     [id IN coalesce(r.articleSample, []) WHERE NOT id IN f.removed] AS kept
WITH f, s, r, count, kept + [id IN f.added WHERE NOT id IN kept] AS candidates
CALL (f, s, candidates, count) {
  WITH * WHERE size(candidates) < 5 AND size(candidates) < count
  MATCH (a:Article)-[n:NAMES]->(s)
  WHERE f.key IN n[f.namesProperty] AND NOT a.id IN candidates
  WITH a.id AS id LIMIT 5
  RETURN collect(id) AS refill
}
WITH f, r, count, COLLECT { UNWIND candidates + refill AS id RETURN id ORDER BY id LIMIT 5 } AS sample
CALL (f, r) {
  WITH * WHERE f.type = 'ANNEXATION_CLAIMED_BY' AND f.asserted
  SET r.year = coalesce(f.year, r.year), r.recognised = f.recognised
}
SET r.articleCount = count, r.articleSample = sample
WITH r, count
CALL (r, count) {
  WITH * WHERE count <= 0
  DELETE r
}
