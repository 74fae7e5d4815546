// What an entity said, newest first (undated statements follow their article's date, then article order),
// including what reached us only through others. Starts from the entity's id (an index seek); the total is the
// entity's SAID degree, which Neo4j reads without walking the relationships, and the page is the top $skip + $limit
// of the ordering, so a much-quoted speaker's statements are neither collected into one list nor sorted whole.
// $id, $skip, $limit
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:SAID]->(s:Statement)
  OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
  WITH s, coalesce(s.date, a.published) AS when, a.id AS article, src.start AS start
  ORDER BY when IS NULL, when DESC, article, start
  SKIP $skip LIMIT $limit
  RETURN collect(s.id) AS ids
}
RETURN COUNT { (e)-[:SAID]->() } AS total, ids
