// The occurrences of an utterance, earliest first (by the day the words were said, then the day the article was
// published, then statement id), each with how it matches the utterance's text and the outlet that published it.
// The total is exact (totalIsLowerBound false): the page is found by ordering every occurrence. $id, $skip, $limit
MATCH (u:Utterance {id: $id})
CALL (u) {
  MATCH (u)<-[:OCCURRENCE_OF]-(s:Statement)
  RETURN count(s) AS total
}
CALL (u) {
  MATCH (u)<-[o:OCCURRENCE_OF]-(s:Statement)
  OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Organization)
  WITH s, o, a, outlet
  ORDER BY s.date, a.published, s.id
  SKIP $skip LIMIT $limit
  RETURN collect({statement: s.id, match: o.match, score: o.score,
                  outlet: CASE WHEN outlet IS NULL THEN null ELSE outlet {.id, .name, type: 'organization'} END})
         AS reports
}
RETURN total, false AS totalIsLowerBound, reports
