// Statements matching every filter given, newest first (by the statement's date, else its article's published
// date), paged. A null filter matches all; a list matches any of its values. The candidates come from the most
// selective filter given, each an index seek: their articles (an article has a few statements), else the speakers'
// ids and then their SAID relationships, else whom the statements are addressed to, whose statements they reply to
// or deny, what they mention, their acts, their dates. Only when none of these is given (just verbatim or firstHand,
// or nothing) are all statements read. The API asks statements-by-speakers.cypher when speakers lead (it reads them
// in order and stops at the page); this query answers the same for them, and NewestFirstPagesTest compares the two.
// $speakers, $addressedTo, $repliesTo, $articles, $mentions: [id] or null; $acts: [act] or null;
// $verbatim, $firstHand: boolean or null; $from, $to: date or null; $skip, $limit
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
  CALL () {
    UNWIND coalesce($articles, []) AS id
    MATCH (:Article {id: id})<-[:SOURCED_FROM]-(s:Statement)
    RETURN s
    UNION
    UNWIND CASE WHEN $articles IS NULL THEN coalesce($speakers, []) ELSE [] END AS id
    MATCH (:Entity {id: id})-[:SAID]->(s:Statement)
    RETURN s
    UNION
    UNWIND CASE WHEN $articles IS NULL AND $speakers IS NULL THEN coalesce($addressedTo, []) ELSE [] END AS id
    MATCH (:Entity {id: id})<-[:ADDRESSED_TO]-(s:Statement)
    RETURN s
    UNION
    UNWIND CASE WHEN $articles IS NULL AND $speakers IS NULL AND $addressedTo IS NULL THEN coalesce($repliesTo, [])
      ELSE [] END AS id
    MATCH (:Entity {id: id})-[:SAID]->(:Statement)<-[:RESPONDS_TO|DENIES]-(s:Statement)
    RETURN s
    UNION
    UNWIND CASE WHEN $speakers IS NULL AND $addressedTo IS NULL AND $repliesTo IS NULL AND $articles IS NULL
      THEN coalesce($mentions, []) ELSE [] END AS id
    MATCH (:Entity {id: id})<-[:MENTIONS]-(s:Statement)
    RETURN s
    UNION
    UNWIND CASE WHEN $speakers IS NULL AND $addressedTo IS NULL AND $repliesTo IS NULL AND $articles IS NULL
      AND $mentions IS NULL THEN coalesce($acts, []) ELSE [] END AS act
    MATCH (s:Statement {act: act})
    RETURN s
    UNION
    UNWIND CASE WHEN $speakers IS NULL AND $addressedTo IS NULL AND $repliesTo IS NULL AND $articles IS NULL
      AND $mentions IS NULL AND $acts IS NULL AND ($from IS NOT NULL OR $to IS NOT NULL) THEN [true] ELSE [] END AS dated
    MATCH (s:Statement)
    WHERE s.date >= coalesce($from, date('0001-01-01')) AND s.date <= coalesce($to, date('9999-12-31'))
    RETURN s
    UNION
    UNWIND CASE WHEN $speakers IS NULL AND $addressedTo IS NULL AND $repliesTo IS NULL AND $articles IS NULL
      AND $mentions IS NULL AND $acts IS NULL AND ($from IS NOT NULL OR $to IS NOT NULL) THEN [true] ELSE [] END AS dated
    MATCH (a:Article)
    WHERE a.published >= coalesce($from, date('0001-01-01')) AND a.published <= coalesce($to, date('9999-12-31'))
    MATCH (a)<-[:SOURCED_FROM]-(s:Statement)
    WHERE s.date IS NULL
    RETURN s
    UNION
    UNWIND CASE WHEN $speakers IS NULL AND $addressedTo IS NULL AND $repliesTo IS NULL AND $articles IS NULL
      AND $mentions IS NULL AND $acts IS NULL AND $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS unfiltered
    MATCH (s:Statement)
    RETURN s
  }
  WITH s
  // The filter that gave the candidates holds for all of them and is not checked again (each is checked only when a
  // filter before it in the order above gave the candidates): a much-quoted speaker's statements are not walked back
  // to the speaker one by one. firstHand is spelt out per value, so that with $firstHand null Neo4j asks nothing.
  // Neither the filters nor the order walk beyond each candidate's own relationships (issue 9: at a million statements
  // every candidate's walks count): the mentioned entity is checked on MENTIONS.entity, relays by degree only (the
  // model makes the far ends certain), and the order is Statement.sortKey (load/sort-keys.cypher), which sorts as
  // `when IS NULL, when DESC, article id, span start` would (when = the statement's date, else its article's
  // published date), so that a candidate's article is read only when $from or $to asks for its date. The query that
  // ordered by reading each candidate's article is the oracle of NewestFirstPagesTest (src/test/resources/oracle/).
  WHERE ($speakers IS NULL OR $articles IS NULL OR s.speaker IN $speakers)
    AND ($addressedTo IS NULL OR ($articles IS NULL AND $speakers IS NULL)
      OR EXISTS { (s)-[:ADDRESSED_TO]->(e:Entity) WHERE e.id IN $addressedTo })
    AND ($repliesTo IS NULL OR ($articles IS NULL AND $speakers IS NULL AND $addressedTo IS NULL)
      OR EXISTS { (s)-[:RESPONDS_TO|DENIES]->(:Statement)<-[:SAID]-(e:Entity) WHERE e.id IN $repliesTo })
    AND ($mentions IS NULL OR ($speakers IS NULL AND $addressedTo IS NULL AND $repliesTo IS NULL AND $articles IS NULL)
      OR EXISTS { (s)-[m:MENTIONS]->() WHERE m.entity IN $mentions })
    AND ($acts IS NULL OR s.act IN $acts)
    AND ($verbatim IS NULL OR s.verbatim = $verbatim)
    AND ($firstHand IS NULL
      OR ($firstHand AND NOT EXISTS { (s)-[:REPORTED_BY]->() } AND NOT EXISTS { (s)<-[:REPORTS]-() })
      OR (NOT $firstHand AND (EXISTS { (s)-[:REPORTED_BY]->() } OR EXISTS { (s)<-[:REPORTS]-() })))
    AND ($from IS NULL AND $to IS NULL OR EXISTS {
      OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
      WITH coalesce(s.date, a.published) AS when
      WHERE ($from IS NULL OR when >= $from) AND ($to IS NULL OR when <= $to)
    })
  WITH s ORDER BY s.sortKey
  WITH collect(s.id) AS ids
  // Exact (totalIsLowerBound false): the page is found by ordering every match, so counting them costs nothing more.
  RETURN size(ids) AS total, false AS totalIsLowerBound, ids[$skip..$skip + $limit] AS ids
}
RETURN missing, total, totalIsLowerBound, ids
