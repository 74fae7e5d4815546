// One article's subgraph: the article, its statements, the entities it names and the entities its statements are
// said by, mention, address or were relayed by. $article
MATCH (a:Article {id: $article})
CALL (a) {
  RETURN a AS n
  UNION
  MATCH (a)<-[:SOURCED_FROM]-(n:Statement) RETURN n
  UNION
  MATCH (a)-[:NAMES]->(n) RETURN n
  UNION
  MATCH (a)<-[:SOURCED_FROM]-(:Statement)-[:SAID|MENTIONS|ADDRESSED_TO|REPORTED_BY]-(n:Entity) RETURN n
}
RETURN CASE WHEN n:Article THEN 'article:' + n.id WHEN n:Stance THEN 'stance:' + n.key ELSE coalesce(n.id, 'node:' + elementId(n)) END AS key,
  labels(n) AS labels, properties(n) AS properties
