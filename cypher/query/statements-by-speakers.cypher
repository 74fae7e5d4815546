// The statements filter whenever speakers are given (statements-filter.cypher answers the same, and the combinations
// without speakers; the API asks it when articles are given too, whose few statements lead): newest first, paged,
// with every other filter of statements-filter, the same pages (NewestFirstPagesTest). Each speaker's statements are
// read in order from the statement_speaker_order index (Statement.speaker, Statement.sortKey: load/sort-keys.cypher),
// the other filters checked on each as it is read, and the reading stops (issue 9: the most quoted speaker with
// act=claim read and sorted all 110,394 of his statements, 364,925 db hits per page):
// - with no filter but the speakers ($filtered false), after $skip + $limit of each speaker; the total is the sum of
//   their SAID degrees (a statement has one speaker), which Neo4j reads without walking the relationships, exact;
// - with filters, after $cap + 1 matches of each speaker (or $skip + $limit, for a page past the cap), which both
//   count and hold the page: the total is exact up to $cap (Page.FILTER_COUNT_CAP), past which totalIsLowerBound is true and
//   the total says "at least". A filter few of a hub's statements match still reads all of them (once).
// $from and $to are a range of the same index ($lo <= sortKey < $hi, StatementQueries.sortKeyBounds: a sort key starts
// with its day), so dated filters read only the days asked for.
// Which given ids name nothing is answered first, and then nothing else is read: $entityChecks lists each entity
// parameter given ({parameter, ids}: speaker, mentions, addressedTo, repliesTo), $articles the article ids; missing
// lists {parameter, id} for each that names nothing, so that the API's 400 costs no query of its own.
// $speakers: [id]; $addressedTo, $repliesTo, $articles, $mentions: [id] or null; $acts: [act] or null;
// $verbatim, $firstHand: boolean or null; $lo, $hi: sort key bounds; $filtered: boolean; $cap, $skip, $limit
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
  CALL () {
    UNWIND $speakers AS id
    WITH DISTINCT id
    MATCH (e:Entity {id: id})
    RETURN sum(COUNT { (e)-[:SAID]->() }) AS degrees
  }
  CALL () {
    UNWIND $speakers AS id
    WITH DISTINCT id
    CALL (id) {
      MATCH (s:Statement)
      WHERE s.speaker = id AND s.sortKey >= $lo AND s.sortKey < $hi
        AND ($addressedTo IS NULL OR EXISTS { (s)-[:ADDRESSED_TO]->(e:Entity) WHERE e.id IN $addressedTo })
        AND ($repliesTo IS NULL
          OR EXISTS { (s)-[:RESPONDS_TO|DENIES]->(:Statement)<-[:SAID]-(e:Entity) WHERE e.id IN $repliesTo })
        AND ($articles IS NULL OR EXISTS { (s)-[:SOURCED_FROM]->(a:Article) WHERE a.id IN $articles })
        AND ($mentions IS NULL OR EXISTS { (s)-[m:MENTIONS]->() WHERE m.entity IN $mentions })
        AND ($acts IS NULL OR s.act IN $acts)
        AND ($verbatim IS NULL OR s.verbatim = $verbatim)
        AND ($firstHand IS NULL
          OR ($firstHand AND NOT EXISTS { (s)-[:REPORTED_BY]->() } AND NOT EXISTS { (s)<-[:REPORTS]-() })
          OR (NOT $firstHand AND (EXISTS { (s)-[:REPORTED_BY]->() } OR EXISTS { (s)<-[:REPORTS]-() })))
      WITH s
      ORDER BY s.speaker, s.sortKey
      LIMIT CASE WHEN $filtered AND $cap + 1 > $skip + $limit THEN $cap + 1 ELSE $skip + $limit END
      RETURN s
    }
    WITH s
    ORDER BY s.sortKey
    RETURN count(s) AS counted, collect(s.id)[$skip..$skip + $limit] AS ids
  }
  RETURN CASE WHEN NOT $filtered THEN degrees WHEN counted > $cap THEN $cap ELSE counted END AS total,
         $filtered AND counted > $cap AS totalIsLowerBound, ids
}
RETURN missing, total, totalIsLowerBound, ids
