// The positions taken on a territory, grouped by position, each with its speakers and statements.
// $id, $includeParts
MATCH (t:Territory {id: $id})
MATCH (s:Statement)-[m:MENTIONS]->(x:Territory)
WHERE m.position IS NOT NULL AND (x = t OR ($includeParts AND EXISTS { (x)-[:PART_OF*1..5]->(t) }))
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
WITH m.position AS position, s, speaker, a, src
ORDER BY a.id, src.start
WITH position,
     collect(DISTINCT speaker {.id, .name, type: toLower([l IN labels(speaker) WHERE l <> 'Entity'][0])}) AS speakers,
     collect(DISTINCT s.id) AS statements
RETURN position, speakers, statements
ORDER BY size(statements) DESC, position
