// Statements that match the explorer's filters (a null filter matches all), entered through the most selective way
// in: the speaker's statements, those mentioning the territory, those of the article, else the statement_act index;
// never by scanning all statements. At most $limit, with their speakers and the filter's own nodes.
// $act, $speaker, $territory, $article, $limit
CALL () {
  MATCH (:Entity {id: $speaker})-[:SAID]->(s:Statement) RETURN s
  UNION ALL
  MATCH (:Entity {id: CASE WHEN $speaker IS NULL THEN $territory END})<-[:MENTIONS]-(s:Statement) RETURN s
  UNION ALL
  MATCH (:Article {id: CASE WHEN $speaker IS NULL AND $territory IS NULL THEN $article END})
        <-[:SOURCED_FROM]-(s:Statement) RETURN s
  UNION ALL
  MATCH (s:Statement {act: CASE WHEN $speaker IS NULL AND $territory IS NULL AND $article IS NULL THEN $act END})
  RETURN s
}
WITH s
WHERE ($act IS NULL OR s.act = $act)
  AND ($speaker IS NULL OR EXISTS { (s)<-[:SAID]-(:Entity {id: $speaker}) })
  AND ($territory IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Entity {id: $territory}) })
  AND ($article IS NULL OR EXISTS { (s)-[:SOURCED_FROM]->(:Article {id: $article}) })
WITH s LIMIT $limit
OPTIONAL MATCH (s)<-[:SAID]-(speaker:Entity)
WITH collect(elementId(s)) AS statements, collect(DISTINCT elementId(speaker)) AS speakers
RETURN statements, speakers,
  COLLECT {
    MATCH (n:Entity) WHERE n.id IN [$speaker, $territory] RETURN elementId(n)
    UNION
    MATCH (n:Article {id: $article}) RETURN elementId(n)
  } AS context
