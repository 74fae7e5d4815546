// Statements whose words, evidence or passage match the full-text query $q (Lucene syntax, statement_words index,
// which folds case and diacritics), best match first,
// narrowed by the same filters as statements-filter. firstHand and the dates are spelt out so that Neo4j asks
// nothing of a hit for a filter that is not given (common words hit thousands of statements).
// The index hands over at most its $cap best hits (StatementQueries.MAX_Q_HITS), and one more to tell whether there
// are more, and the filters keep those of them that match, so that a common word costs what a rare one does (a
// million statements: tens of thousands of hits for "peace", each read, filtered and sorted, p50 2.7 s): total counts
// at most $cap, and totalIsLowerBound is true when the index had more hits than $cap (then more of them may match).
// $q, $cap, $speakers, $addressedTo, $repliesTo, $articles, $mentions, $acts, $verbatim, $firstHand, $from, $to,
// $skip, $limit
// Which given ids name nothing is answered first (as in statements-by-speakers.cypher), and then nothing else is read:
// $entityChecks lists each entity parameter given ({parameter, ids}), missing lists {parameter, id} for each id of
// those or of $articles that names nothing, so that the API's 400 costs no query of its own.
CALL () {
  UNWIND $entityChecks AS check
  UNWIND check.ids AS id
  OPTIONAL MATCH (e:Entity {id: id})
  WITH check, id, e
  WHERE e IS NULL
  RETURN collect({parameter: check.parameter, id: id}) AS missingEntities
}
CALL () {
  UNWIND coalesce($articles, []) AS id
  OPTIONAL MATCH (a:Article {id: id})
  WITH id, a
  WHERE a IS NULL
  RETURN collect({parameter: 'article', id: id}) AS missingArticles
}
WITH missingEntities + missingArticles AS missing
OPTIONAL CALL (missing) {
  WITH missing
  WHERE size(missing) = 0
  CALL db.index.fulltext.queryNodes('statement_words', $q, {limit: $cap + 1}) YIELD node, score
  WITH collect({statement: node, score: score}) AS found
  CALL (found) {
    UNWIND found[0..$cap] AS hit
    WITH hit.statement AS s, hit.score AS score
    WHERE ($speakers IS NULL OR EXISTS { (s)<-[:SAID]-(e:Entity) WHERE e.id IN $speakers })
      AND ($addressedTo IS NULL OR EXISTS { (s)-[:ADDRESSED_TO]->(e:Entity) WHERE e.id IN $addressedTo })
      AND ($repliesTo IS NULL
        OR EXISTS { (s)-[:RESPONDS_TO|DENIES]->(:Statement)<-[:SAID]-(e:Entity) WHERE e.id IN $repliesTo })
      AND ($articles IS NULL OR EXISTS { (s)-[:SOURCED_FROM]->(a:Article) WHERE a.id IN $articles })
      AND ($mentions IS NULL OR EXISTS { (s)-[:MENTIONS]->(e:Entity) WHERE e.id IN $mentions })
      AND ($acts IS NULL OR s.act IN $acts)
      AND ($verbatim IS NULL OR s.verbatim = $verbatim)
      AND ($firstHand IS NULL
        OR ($firstHand AND NOT EXISTS { (s)-[:REPORTED_BY]->(:Entity) } AND NOT EXISTS { (s)<-[:REPORTS]-(:Statement) })
        OR (NOT $firstHand AND (EXISTS { (s)-[:REPORTED_BY]->(:Entity) } OR EXISTS { (s)<-[:REPORTS]-(:Statement) })))
      AND ($from IS NULL AND $to IS NULL OR EXISTS {
        MATCH (s)-[:SOURCED_FROM]->(a:Article)
        WHERE ($from IS NULL OR coalesce(s.date, a.published) >= $from)
          AND ($to IS NULL OR coalesce(s.date, a.published) <= $to)
      })
    ORDER BY score DESC, s.id
    RETURN collect(s.id) AS ids
  }
  RETURN size(ids) AS total, size(found) > $cap AS totalIsLowerBound, ids[$skip..$skip + $limit] AS ids
}
RETURN missing, total, totalIsLowerBound, ids
