// The query /api/territories/{id}/positions ran before stances (load/stances.cypher), kept unchanged as the oracle of
// TerritoryPositionsTest: it groups every statement on each request, so its answer is exact by construction.
// The positions taken on a territory (with $includeParts also on its parts, with $includeWholes also on what it is
// part of), grouped by position, most-stated first, each with its speakers, the territories it was taken on, how
// many of its statements are first-hand and how many disputed (as statement-cards derives them), and its
// statements in text order (at most $perPosition, with the count of all). With $firstHand only statements that
// nothing relays count. Starts from the territory's id (an index seek).
// $id, $includeParts, $includeWholes, $firstHand, $skip, $limit, $perPosition
MATCH (t:Territory {id: $id})
CALL (t) {
  RETURN t AS x
  UNION
  MATCH (x:Territory)-[:PART_OF*1..5]->(t) WHERE $includeParts RETURN x
  UNION
  MATCH (t)-[:PART_OF*1..5]->(x:Territory) WHERE $includeWholes RETURN x
}
MATCH (x)<-[m:MENTIONS]-(s:Statement)
WHERE m.position IS NOT NULL
WITH x, m, s,
     NOT EXISTS { (s)-[:REPORTED_BY]->(:Entity) } AND NOT EXISTS { (s)<-[:REPORTS]-(:Statement) } AS firstHand
WHERE firstHand OR NOT $firstHand
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
WITH m.position AS position, x, s, speaker, a, src, firstHand,
     EXISTS { (s)<-[:REPORTS*0..10]-(:Statement)<-[:DENIES]-(:Statement) } AS disputed
ORDER BY a.id, src.start
WITH position,
     collect(DISTINCT speaker {.id, .name, type: toLower([l IN labels(speaker) WHERE l <> 'Entity'][0])}) AS speakers,
     collect(DISTINCT x {.id, .name, type: 'territory'}) AS territories,
     collect(DISTINCT s.id) AS statements,
     collect(DISTINCT CASE WHEN firstHand THEN s.id END) AS firstHandStatements,
     collect(DISTINCT CASE WHEN disputed THEN s.id END) AS disputedStatements
ORDER BY size(statements) DESC, position
WITH collect({position: position, speakers: speakers, territories: territories, statementCount: size(statements),
              firstHandCount: size(firstHandStatements), disputedCount: size(disputedStatements),
              statements: statements[0..$perPosition]}) AS groups
RETURN size(groups) AS total, groups[$skip..$skip + $limit] AS groups
