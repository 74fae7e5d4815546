// The positions taken on one territory, read from its stances (load/stances.cypher) instead of from its statements:
// most-stated first, each with its statement, first-hand and disputed counts, its $speakerLimit most frequent
// speakers (with the count of all) and its first $perPosition statements in text order. With $firstHand only
// statements that nothing relays count, speak and are listed. The work is bounded by the territory's few stances and
// the limits, whatever the number of statements: counts are read from the stance, speakers from the takes_* indexes
// and statements from mentions_stance_order, each in index order and stopped at its limit. The union of a territory
// with its parts or wholes is territory-positions-across.cypher. The total (positions) is exact (totalIsLowerBound
// false). No row for an unknown territory, so that the API answers 404 from this query alone.
// $id, $firstHand, $skip, $limit, $perPosition, $speakerLimit
MATCH (t:Territory {id: $id})
CALL (t) {
  MATCH (t)<-[:ON]-(st:Stance)
  WITH st, CASE WHEN $firstHand THEN st.firstHand ELSE st.statements END AS statementCount
  WHERE statementCount > 0
  WITH st, statementCount ORDER BY statementCount DESC, st.position
  RETURN collect({stance: st, statementCount: statementCount}) AS ranked
}
RETURN size(ranked) AS total, false AS totalIsLowerBound, COLLECT {
  UNWIND range($skip, $skip + $limit - 1) AS i
  WITH i, ranked[i] AS g WHERE g IS NOT NULL
  WITH i, g.stance AS st, g.statementCount AS statementCount
  RETURN {position: st.position, territories: [(st)-[:ON]->(t:Territory) | t {.id, .name, type: 'territory'}],
    statementCount: statementCount,
    firstHandCount: st.firstHand,
    disputedCount: CASE WHEN $firstHand THEN st.firstHandDisputed ELSE st.disputed END,
    speakerCount: CASE WHEN $firstHand THEN st.firstHandSpeakers ELSE st.speakers END,
    // Two subqueries, each switched by $firstHand, and not a CASE choosing between them: with the subqueries
    // inside a CASE, Neo4j 5.26's planner sometimes failed on this query ("r.rank should not appear non-cached"),
    // depending on the graph's statistics (ChangedBetweenReadsTest after EntityRequireTest showed it). The switch is
    // the prefix itself (null when not asked, so the index seek reads nothing): as a predicate beside the seek
    // (WHERE $firstHand AND ..., or a WITH ... WHERE before it) Neo4j filtered after the seek, so the branch not asked
    // still read every TAKES of the stance: 10,212 of Crimea's 11,284 db hits at a million statements.
    speakers: COLLECT {
        MATCH (e:Entity)-[r:TAKES]->() WHERE r.firstHandRank STARTS WITH CASE WHEN $firstHand THEN st.key + ' ' END
        WITH e, r ORDER BY r.firstHandRank DESC LIMIT $speakerLimit
        RETURN e {.id, .name, type: toLower([l IN labels(e) WHERE l <> 'Entity'][0])}
      } + COLLECT {
        MATCH (e:Entity)-[r:TAKES]->() WHERE r.rank STARTS WITH CASE WHEN NOT $firstHand THEN st.key + ' ' END
        WITH e, r ORDER BY r.rank DESC LIMIT $speakerLimit
        RETURN e {.id, .name, type: toLower([l IN labels(e) WHERE l <> 'Entity'][0])}
      },
    statements: COLLECT {
      MATCH (s:Statement)-[m:MENTIONS]->() WHERE m.stanceOrder STARTS WITH st.key + ' '
        AND (NOT $firstHand
             OR (NOT EXISTS { (s)-[:REPORTED_BY]->(:Entity) } AND NOT EXISTS { (s)<-[:REPORTS]-(:Statement) }))
      WITH s, m ORDER BY m.stanceOrder LIMIT $perPosition
      RETURN s.id
    }} AS g
  ORDER BY i
} AS groups
