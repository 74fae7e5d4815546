// Every relationship, streamed to the export one record at a time, with the keys of its ends (as export-nodes.cypher)
// and, when it ends at a statement, that statement's verbatim flag (JSON-LD names the speaker of a quotation).
MATCH (a)-[r]->(b)
RETURN CASE WHEN a:Article THEN 'article:' + a.id WHEN a:Stance THEN 'stance:' + a.key ELSE coalesce(a.id, 'node:' + elementId(a)) END AS start,
  type(r) AS type,
  CASE WHEN b:Article THEN 'article:' + b.id WHEN b:Stance THEN 'stance:' + b.key ELSE coalesce(b.id, 'node:' + elementId(b)) END AS end,
  properties(r) AS properties,
  CASE WHEN b:Statement THEN b.verbatim END AS endVerbatim
