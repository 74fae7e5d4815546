// Statements that mention a territory (with $includeParts, also its parts: Donbas takes in Luhansk and Donetsk),
// newest first, each with the position it takes; with $position, only statements taking that position.
// $id, $includeParts, $position, $skip, $limit
MATCH (t:Territory {id: $id})
MATCH (s:Statement)-[m:MENTIONS]->(x:Territory)
WHERE (x = t OR ($includeParts AND EXISTS { (x)-[:PART_OF*1..5]->(t) }))
  AND ($position IS NULL OR m.position = $position)
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
WITH s, coalesce(s.date, a.published) AS when, a.id AS article, src.start AS start,
     collect({territory: x.id, position: m.position}) AS positions
ORDER BY when IS NULL, when DESC, article, start
WITH collect({id: s.id, positions: positions}) AS rows
RETURN size(rows) AS total, rows[$skip..$skip + $limit] AS rows
