// The first and last days on which an entity said something (or, for a territory, something was said about it, with
// its parts when $includeParts), and how many of those statements have no date. $id, $territory, $includeParts
MATCH (e:Entity {id: $id})
CALL (e) {
  WITH e WHERE NOT $territory
  MATCH (e)-[:SAID]->(s:Statement)
  RETURN s
  UNION
  WITH e WHERE $territory
  MATCH (x:Territory)-[:PART_OF*0..5]->(e)
  WHERE x = e OR $includeParts
  MATCH (x)<-[:MENTIONS]-(s:Statement)
  RETURN DISTINCT s
}
RETURN min(s.date) AS earliest, max(s.date) AS latest, count(CASE WHEN s.date IS NULL THEN 1 END) AS undated
