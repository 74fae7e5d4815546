// What an entity said, newest first (undated statements follow their article's date, then article order),
// including what reached us only through others. $id, $skip, $limit
MATCH (e:Entity {id: $id})-[:SAID]->(s:Statement)
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
WITH s, coalesce(s.date, a.published) AS when, a.id AS article, src.start AS start
ORDER BY when IS NULL, when DESC, article, start
WITH collect(s.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS ids
