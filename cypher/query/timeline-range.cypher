// The first and last days of a timeline's statements (what an entity said or, for a territory, what mentions it,
// with its parts when $includeParts), for a timeline asked without from or to, and how many of those statements have
// no date and so no place on it. $id, $territory, $includeParts
MATCH (e:Entity {id: $id})
WITH e, CASE WHEN $territory
  THEN COLLECT { MATCH (x:Territory)-[:PART_OF*0..5]->(e) WHERE x = e OR $includeParts RETURN DISTINCT x.id }
  ELSE null END AS scope
CALL (e, scope) {
  WITH e, scope WHERE scope IS NULL
  MATCH (e)-[:SAID]->(s:Statement)
  RETURN s
  UNION
  WITH scope WHERE scope IS NOT NULL
  UNWIND scope AS x
  MATCH (:Territory {id: x})<-[:MENTIONS]-(s:Statement)
  RETURN DISTINCT s
}
RETURN min(s.date) AS earliest, max(s.date) AS latest, count(CASE WHEN s.date IS NULL THEN 1 END) AS undated
