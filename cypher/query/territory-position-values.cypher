// The positions taken on the territory $id and its parts, alphabetically (to name them when a position is unknown).
MATCH (t:Territory {id: $id})
CALL (t) {
  RETURN t AS x
  UNION
  MATCH (x:Territory)-[:PART_OF*1..5]->(t) RETURN x
}
MATCH (x)<-[m:MENTIONS]-(:Statement)
WHERE m.position IS NOT NULL
WITH DISTINCT m.position AS position ORDER BY position
RETURN collect(position) AS positions
