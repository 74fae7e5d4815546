// Cytoscape.js elements for nodes given by elementId: each node with its labels, properties, speaker (for a
// statement) and degree, and the relationships the node is the light end of, so that every relationship is found
// from exactly one end without walking a hub: SAID from its statement, every other relationship from its start node
// (a statement, an article, or an entity's own facts). At most $perNode relationships a node.
// $ids: elementIds, $perNode
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
RETURN
  CASE WHEN n:Article THEN 'article:' + n.id WHEN n:Stance THEN 'stance:' + n.key ELSE coalesce(n.id, 'node:' + elementId(n)) END AS key,
  labels(n) AS labels,
  properties(n) AS properties,
  COUNT { (n)--() } AS degree,
  COLLECT {
    MATCH (n:Statement)<-[:SAID]-(x) RETURN x.id LIMIT 1
  } AS speaker,
  COLLECT {
    CALL (n) {
      MATCH (n:Statement)<-[r:SAID]-(x) RETURN r, x, false AS out
      UNION ALL
      MATCH (n)-[r:!SAID]->(x) RETURN r, x, true AS out
    }
    WITH r, x, out LIMIT $perNode
    RETURN {type: type(r), out: out, properties: properties(r),
            other: CASE WHEN x:Article THEN 'article:' + x.id WHEN x:Stance THEN 'stance:' + x.key ELSE coalesce(x.id, 'node:' + elementId(x)) END}
  } AS relationships
