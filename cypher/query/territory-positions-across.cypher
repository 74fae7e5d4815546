// The positions taken on a territory together with its parts ($includeParts) or what it is part of
// ($includeWholes), when that is more than the territory itself: grouped from the statements, since one statement
// may take the same position on two of them and counts once (the stances, load/stances.cypher, count per territory).
// Exact, and as slow as the territories' statements are many; a territory alone is territory-positions.cypher,
// whose answer this one has the shape and meaning of: most-stated first, its territories, counts, its $speakerLimit
// most frequent speakers (ties by id) with the count of all, and its first $perPosition statements in text order.
// firstHand and disputed as statement-cards.cypher derives them; with $firstHand only statements that nothing relays.
// The total (positions) is exact (totalIsLowerBound false).
// $id, $includeParts, $includeWholes, $firstHand, $skip, $limit, $perPosition, $speakerLimit
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
WITH m.position AS position, s, collect(x {.id, .name, type: 'territory'}) AS on
WITH position, s, on,
     NOT EXISTS { (s)-[:REPORTED_BY]->(:Entity) } AND NOT EXISTS { (s)<-[:REPORTS]-(:Statement) } AS firstHand
WHERE firstHand OR NOT $firstHand
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
WITH position, s, on, speaker, a, src, firstHand,
     EXISTS { (s)<-[:REPORTS*0..10]-(:Statement)<-[:DENIES]-(:Statement) } AS disputed
ORDER BY a.id, src.start
WITH position,
     collect(speaker {.id, .name, type: toLower([l IN labels(speaker) WHERE l <> 'Entity'][0])}) AS saidBy,
     collect(on) AS ons,
     collect(DISTINCT s.id) AS statements,
     collect(DISTINCT CASE WHEN firstHand THEN s.id END) AS firstHandStatements,
     collect(DISTINCT CASE WHEN disputed THEN s.id END) AS disputedStatements
ORDER BY size(statements) DESC, position
WITH collect({position: position, statementCount: size(statements), firstHandCount: size(firstHandStatements),
              disputedCount: size(disputedStatements), statements: statements[0..$perPosition],
              saidBy: saidBy, ons: ons}) AS ranked
RETURN size(ranked) AS total, false AS totalIsLowerBound, COLLECT {
  UNWIND range($skip, $skip + $limit - 1) AS i
  WITH i, ranked[i] AS g WHERE g IS NOT NULL
  CALL (g) {
    UNWIND g.ons AS on UNWIND on AS x
    RETURN collect(DISTINCT x) AS territories
  }
  CALL (g) {
    UNWIND g.saidBy AS speaker
    WITH speaker, count(*) AS n ORDER BY n DESC, speaker.id
    RETURN collect(speaker)[0..$speakerLimit] AS speakers, count(speaker) AS speakerCount
  }
  RETURN g {.position, .statementCount, .firstHandCount, .disputedCount, .statements, territories: territories,
            speakers: speakers, speakerCount: speakerCount} AS group
  ORDER BY i
} AS groups
