// What an entity said, newest first (undated statements follow their article's date, then article order),
// including what reached us only through others. Starts from the entity's id (an index seek); the total is the
// entity's SAID degree, which Neo4j reads without walking the relationships, and the page is read in order from the
// statement_speaker_order index (Statement.speaker, Statement.sortKey: load/sort-keys.cypher), which Neo4j stops
// reading after $skip + $limit entries: a speaker with 100,000 statements costs no more than one with 20. The total
// is exact (totalIsLowerBound false). No row for an unknown id, and the entity's labels otherwise, so that the API
// answers 404 for an unknown id (or one of another kind) from this query alone, without a query of its own.
// $id, $skip, $limit
MATCH (e:Entity {id: $id})
CALL () {
  MATCH (s:Statement)
  WHERE s.speaker = $id AND s.sortKey IS NOT NULL
  WITH s
  ORDER BY s.speaker, s.sortKey
  SKIP $skip LIMIT $limit
  RETURN collect(s.id) AS ids
}
RETURN [l IN labels(e) WHERE l <> 'Entity'] AS labels, COUNT { (e)-[:SAID]->() } AS total,
       false AS totalIsLowerBound, ids
