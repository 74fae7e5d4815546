// Statements whose text matches the full-text query $q (Lucene syntax, statement_text index), best match first,
// narrowed by the same filters as statements-filter. $q, $speaker, $mentions, $act, $verbatim, $article, $addressedTo, $repliesTo, $skip, $limit
CALL db.index.fulltext.queryNodes('statement_text', $q) YIELD node AS s, score
WHERE ($speaker IS NULL OR EXISTS { (s)<-[:SAID]-(:Entity {id: $speaker}) })
  AND ($mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Entity {id: $mentions}) })
  AND ($act IS NULL OR s.act = $act)
  AND ($verbatim IS NULL OR s.verbatim = $verbatim)
  AND ($article IS NULL OR EXISTS { (s)-[:SOURCED_FROM]->(:Article {id: $article}) })
  AND ($addressedTo IS NULL OR EXISTS { (s)-[:ADDRESSED_TO]->(:Entity {id: $addressedTo}) })
  AND ($repliesTo IS NULL OR EXISTS { (s)-[:RESPONDS_TO|DENIES]->(:Statement)<-[:SAID]-(:Entity {id: $repliesTo}) })
WITH s, score
ORDER BY score DESC, s.id
WITH collect(s.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS ids
