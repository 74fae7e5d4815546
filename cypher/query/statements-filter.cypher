// Statements matching every filter given (a null filter matches all), newest first, paged.
// $speaker, $mentions, $act, $verbatim, $article, $addressedTo, $repliesTo, $skip, $limit
MATCH (s:Statement)
WHERE ($speaker IS NULL OR EXISTS { (s)<-[:SAID]-(:Entity {id: $speaker}) })
  AND ($mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Entity {id: $mentions}) })
  AND ($act IS NULL OR s.act = $act)
  AND ($verbatim IS NULL OR s.verbatim = $verbatim)
  AND ($article IS NULL OR EXISTS { (s)-[:SOURCED_FROM]->(:Article {id: $article}) })
  AND ($addressedTo IS NULL OR EXISTS { (s)-[:ADDRESSED_TO]->(:Entity {id: $addressedTo}) })
  AND ($repliesTo IS NULL OR EXISTS { (s)-[:RESPONDS_TO|DENIES]->(:Statement)<-[:SAID]-(:Entity {id: $repliesTo}) })
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
WITH s, coalesce(s.date, a.published) AS when, a.id AS article, src.start AS start
ORDER BY when IS NULL, when DESC, article, start
WITH collect(s.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS ids
