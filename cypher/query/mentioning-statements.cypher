// The statements that mention an entity, newest first (as territory-statements.cypher and statements-filter.cypher
// order them), each with the position it takes there; for a territory's statements without parts, wholes, position
// or firstHand, and for the statements filter by one mentioned entity alone. The page is read in order from the
// mentions_entity_order index (MENTIONS.entity, MENTIONS.sortKey: load/sort-keys.cypher), which Neo4j stops reading
// after $skip + $limit entries; the total is the entity's MENTIONS degree. That degree counts statements only while
// no statement mentions the entity twice (with two positions): for an entity marked repeatedMentions this answers no
// row, and the caller asks the query that groups by statement; so does an unknown id. With the entity's labels, so
// that the API's 404 (an unknown id, or not a territory) costs no query of its own. The total is exact
// (totalIsLowerBound false). $id, $skip, $limit
MATCH (e:Entity {id: $id})
WHERE e.repeatedMentions IS NULL
CALL () {
  MATCH (s:Statement)-[m:MENTIONS]->()
  WHERE m.entity = $id AND m.sortKey IS NOT NULL
  WITH s, m
  ORDER BY m.entity, m.sortKey
  SKIP $skip LIMIT $limit
  RETURN collect({id: s.id, positions: [{territory: $id, position: m.position}]}) AS rows
}
RETURN [l IN labels(e) WHERE l <> 'Entity'] AS labels, COUNT { (e)<-[:MENTIONS]-() } AS total,
       false AS totalIsLowerBound, rows, [row IN rows | row.id] AS ids
