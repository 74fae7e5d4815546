// The positions taken on a territory, grouped by position, most-stated first, each with its speakers and its
// statements (text order; at most $perPosition of them, with the count of all). $id, $includeParts, $skip, $limit,
// $perPosition
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
ORDER BY size(statements) DESC, position
WITH collect({position: position, speakers: speakers, statementCount: size(statements),
              statements: statements[0..$perPosition]}) AS groups
RETURN size(groups) AS total, groups[$skip..$skip + $limit] AS groups
