// The relationships between the nodes of one article's subgraph (export-article-nodes.cypher), each found from its
// light end, so that no hub is walked: SAID from its statement, every other relationship from its start node. $article
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
WITH collect(n) AS nodes
UNWIND nodes AS n
CALL (n, nodes) {
  MATCH (n:Statement)<-[r:SAID]-(m) WHERE m IN nodes RETURN r
  UNION ALL
  MATCH (n)-[r:!SAID]->(m) WHERE m IN nodes RETURN r
}
WITH startNode(r) AS a, r, endNode(r) AS b
RETURN CASE WHEN a:Article THEN 'article:' + a.id WHEN a:Stance THEN 'stance:' + a.key ELSE coalesce(a.id, 'node:' + elementId(a)) END AS start,
  type(r) AS type,
  CASE WHEN b:Article THEN 'article:' + b.id WHEN b:Stance THEN 'stance:' + b.key ELSE coalesce(b.id, 'node:' + elementId(b)) END AS end,
  properties(r) AS properties,
  CASE WHEN b:Statement THEN b.verbatim END AS endVerbatim
