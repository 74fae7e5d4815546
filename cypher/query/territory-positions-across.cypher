// The positions taken on a territory together with its parts ($includeParts) or what it is part of
// ($includeWholes), when that is more than the territory itself, read from the stances of each of them
// (load/stances.cypher) as territory-positions.cypher reads one territory's: the work is bounded by the stances, their
// speakers (TAKES), the limits and the statements that take one position on two territories of the scope, whatever the
// number of statements. Such a statement counts once: the stances count it on each territory, so the sum of the
// stances' counts is corrected by the statements the mentions_shared_order index lists (MENTIONS.sharedOrder, kept on
// the mentions of a statement that takes the same position on another territory too), each counted k - 1 times too
// many when it takes the position on k territories of the scope. Same answer as grouping every statement of the scope
// (the oracle of TerritoryPositionsTest), whose shape and meaning territory-positions.cypher has: most-stated first,
// its territories (in the text order of their first statement, then the scope's order), counts, its $speakerLimit most
// frequent speakers (ties by id) with the count of all, and its first $perPosition statements in text order.
// firstHand and disputed as statement-cards.cypher derives them; with $firstHand only statements that nothing relays.
// The total (positions) is exact (totalIsLowerBound false).
// $id, $includeParts, $includeWholes, $firstHand, $skip, $limit, $perPosition, $speakerLimit
MATCH (t:Territory {id: $id})
CALL (t) {
  CALL (t) {
    RETURN t AS x
    UNION
    MATCH (x:Territory)-[:PART_OF*1..5]->(t) WHERE $includeParts RETURN x
    UNION
    MATCH (t)-[:PART_OF*1..5]->(x:Territory) WHERE $includeWholes RETURN x
  }
  RETURN collect(x) AS scope
}
CALL (scope) {
  UNWIND range(0, size(scope) - 1) AS place
  WITH place, scope[place] AS x
  MATCH (x)<-[:ON]-(st:Stance)
  WITH place, x, st, CASE WHEN $firstHand THEN st.firstHand ELSE st.statements END AS n
  WHERE n > 0
  WITH st.position AS position,
       collect({stance: st, place: place, territory: x {.id, .name, type: 'territory'}}) AS stances,
       sum(n) AS n, sum(st.firstHand) AS firstHandN,
       sum(CASE WHEN $firstHand THEN st.firstHandDisputed ELSE st.disputed END) AS disputedN
  // The statements of this position that the stances above count more than once.
  CALL (scope, position, stances) {
    UNWIND stances AS g
    WITH g.stance AS st
    MATCH (s:Statement)-[m:MENTIONS]->() WHERE m.sharedOrder STARTS WITH st.key + ' '
    WITH DISTINCT s
    // The statement's own mentions, filtered after they are read: a predicate on the mention inside the pattern
    // lets the planner seek the mentions_position index instead, which reads every mention of the position in the
    // whole graph for each statement (it did so with a plan cached on a small graph).
    WITH s, [(s)-[o:MENTIONS]->(y:Territory) | {position: o.position, territory: y}] AS own
    WITH s, size([x IN own WHERE x.position = position AND x.territory IN scope]) - 1 AS extra,
         NOT EXISTS { (s)-[:REPORTED_BY]->(:Entity) } AND NOT EXISTS { (s)<-[:REPORTS]-(:Statement) } AS firstHand
    WHERE extra > 0 AND (firstHand OR NOT $firstHand)
    OPTIONAL MATCH (e:Entity)-[:SAID]->(s)
    WITH extra, firstHand, e, EXISTS { (s)<-[:REPORTS*0..10]-(:Statement)<-[:DENIES]-(:Statement) } AS disputed
    RETURN sum(extra) AS extra, sum(CASE WHEN firstHand THEN extra ELSE 0 END) AS firstHandExtra,
           sum(CASE WHEN disputed THEN extra ELSE 0 END) AS disputedExtra,
           collect(CASE WHEN e IS NOT NULL THEN {speaker: e, extra: extra} END) AS speakerExtras
  }
  WITH position, stances, n - extra AS statementCount, firstHandN - firstHandExtra AS firstHandCount,
       disputedN - disputedExtra AS disputedCount, speakerExtras
  ORDER BY statementCount DESC, position
  RETURN collect({position: position, stances: stances, statementCount: statementCount,
                  firstHandCount: firstHandCount, disputedCount: disputedCount, speakerExtras: speakerExtras}) AS ranked
}
RETURN size(ranked) AS total, false AS totalIsLowerBound, COLLECT {
  UNWIND range($skip, $skip + $limit - 1) AS i
  WITH i, ranked[i] AS g WHERE g IS NOT NULL
  // Each stance's first statements in text order (at least one, which orders the territories): the first
  // $perPosition of the union are among them. stanceOrder ends with the article's id and the statement's start.
  CALL (g) {
    UNWIND g.stances AS gs
    CALL (gs) {
      WITH gs.stance AS st
      MATCH (s:Statement)-[m:MENTIONS]->() WHERE m.stanceOrder STARTS WITH st.key + ' '
        AND (NOT $firstHand
             OR (NOT EXISTS { (s)-[:REPORTED_BY]->(:Entity) } AND NOT EXISTS { (s)<-[:REPORTS]-(:Statement) }))
      WITH st, s, m ORDER BY m.stanceOrder LIMIT CASE WHEN $perPosition > 0 THEN $perPosition ELSE 1 END
      RETURN s.id AS statement, substring(m.stanceOrder, size(st.key) + 1) AS at
    }
    RETURN collect({statement: statement, at: at, place: gs.place, territory: gs.territory}) AS rows
  }
  // A statement found on two stances has the same place in the text (at) on both.
  CALL (rows) {
    UNWIND rows AS r
    WITH DISTINCT r.statement AS statement, r.at AS at ORDER BY at
    RETURN collect(statement)[0..$perPosition] AS statements
  }
  CALL (rows) {
    UNWIND rows AS r
    WITH r.place AS place, r.territory AS territory, min(r.at) AS first ORDER BY first, place
    RETURN collect(territory) AS territories
  }
  // Each speaker's statements: the sum over the stances, less those counted twice.
  CALL (g) {
    CALL (g) {
      UNWIND g.stances AS gs
      WITH gs.stance AS st
      MATCH (e)-[r:TAKES]->(st) // only entities take a stance: no label to check
      WITH e, CASE WHEN $firstHand THEN r.firstHand ELSE r.statements END AS n
      WHERE n > 0
      RETURN e, n
      UNION ALL
      UNWIND g.speakerExtras AS x
      RETURN x.speaker AS e, -x.extra AS n
    }
    WITH e, sum(n) AS n
    WHERE n > 0
    WITH e, n ORDER BY n DESC, e.id
    WITH collect(e) AS takers // names and labels read only for those listed
    RETURN [e IN takers[0..$speakerLimit] | e {.id, .name, type: toLower([l IN labels(e) WHERE l <> 'Entity'][0])}]
             AS speakers, size(takers) AS speakerCount
  }
  RETURN {position: g.position, statementCount: g.statementCount, firstHandCount: g.firstHandCount,
          disputedCount: g.disputedCount, statements: statements, territories: territories, speakers: speakers,
          speakerCount: speakerCount} AS group
  ORDER BY i
} AS groups
