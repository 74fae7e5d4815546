// Articles, newest first (undated ones last, by id), with counts. The total comes from the count store; the page
// from the article_published index in its order (dated articles), and only when the page reaches past them from
// the undated ones, so the first page costs the same at a thousand articles as at a million. The total is exact
// (totalIsLowerBound false). $skip, $limit
CALL () {
  MATCH (a:Article) WHERE a.published IS NOT NULL
  WITH a.id AS id, a.published AS published ORDER BY published DESC, id LIMIT $skip + $limit
  RETURN collect(id) AS dated
}
CALL (dated) {
  UNWIND CASE WHEN size(dated) < $skip + $limit THEN [true] ELSE [] END AS pageNotFull
  MATCH (u:Article) WHERE u.published IS NULL
  WITH u.id AS id ORDER BY id LIMIT $skip + $limit
  RETURN collect(id) AS undated
}
CALL (dated, undated) {
  UNWIND (dated + undated)[$skip..$skip + $limit] AS id
  MATCH (a:Article {id: id})
  RETURN collect(a {.id, .title, .publisher, .url, .published, .origin,
    statements: COUNT { (a)<-[:SOURCED_FROM]-(:Statement) },
    entities: COUNT { (a)-[:NAMES]->(:Entity) },
    speakers: COUNT { MATCH (a)<-[:SOURCED_FROM]-(:Statement)<-[:SAID]-(e:Entity) RETURN DISTINCT e }}) AS articles
}
RETURN COUNT { (:Article) } AS total, false AS totalIsLowerBound, articles
