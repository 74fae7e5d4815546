// Statements whose words, evidence or passage match the full-text query $q (Lucene syntax, statement_words index,
// which folds case and diacritics), best match first,
// narrowed by the same filters as statements-filter.
// $q, $speakers, $addressedTo, $repliesTo, $articles, $mentions, $acts, $verbatim, $firstHand, $from, $to, $skip,
// $limit
CALL db.index.fulltext.queryNodes('statement_words', $q) YIELD node AS s, score
WHERE ($speakers IS NULL OR EXISTS { (s)<-[:SAID]-(e:Entity) WHERE e.id IN $speakers })
  AND ($addressedTo IS NULL OR EXISTS { (s)-[:ADDRESSED_TO]->(e:Entity) WHERE e.id IN $addressedTo })
  AND ($repliesTo IS NULL
    OR EXISTS { (s)-[:RESPONDS_TO|DENIES]->(:Statement)<-[:SAID]-(e:Entity) WHERE e.id IN $repliesTo })
  AND ($articles IS NULL OR EXISTS { (s)-[:SOURCED_FROM]->(a:Article) WHERE a.id IN $articles })
  AND ($mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(e:Entity) WHERE e.id IN $mentions })
  AND ($acts IS NULL OR s.act IN $acts)
  AND ($verbatim IS NULL OR s.verbatim = $verbatim)
  AND ($firstHand IS NULL
    OR $firstHand = (NOT EXISTS { (s)-[:REPORTED_BY]->(:Entity) } AND NOT EXISTS { (s)<-[:REPORTS]-(:Statement) }))
OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
WITH s, score, coalesce(s.date, a.published) AS when
WHERE ($from IS NULL OR when >= $from) AND ($to IS NULL OR when <= $to)
ORDER BY score DESC, s.id
WITH collect(s.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS ids
