// Every node, streamed to the export one record at a time. `key` is the element key the explorer and every export use:
// the node's id, prefixed with 'article:' for an article (an article may share an id with an entity).
MATCH (n)
RETURN CASE WHEN n:Article THEN 'article:' + n.id WHEN n:Stance THEN 'stance:' + n.key ELSE coalesce(n.id, 'node:' + elementId(n)) END AS key,
  labels(n) AS labels, properties(n) AS properties
