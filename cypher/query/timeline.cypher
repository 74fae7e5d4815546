// The statements of a timeline, earliest first (by the day said, then the article's published date, then id): what
// an entity said (or, for a territory, what mentions it, with its parts when $includeParts) between $from and $to,
// each with its utterance, speaker, act and the positions it takes (for a territory, only on it and those parts).
// At most $max rows; query.Timelines puts them in buckets. $id, $territory, $includeParts, $from, $to, $max
MATCH (e:Entity {id: $id})
WITH e, CASE WHEN $territory
  THEN COLLECT { MATCH (x:Territory)-[:PART_OF*0..5]->(e) WHERE x = e OR $includeParts RETURN DISTINCT x.id }
  ELSE null END AS scope
CALL (e, scope) {
  WITH e, scope WHERE scope IS NULL
  MATCH (e)-[:SAID]->(s:Statement)
  WHERE s.date >= $from AND s.date <= $to
  RETURN s
  UNION
  WITH scope WHERE scope IS NOT NULL
  UNWIND scope AS x
  MATCH (:Territory {id: x})<-[:MENTIONS]-(s:Statement)
  WHERE s.date >= $from AND s.date <= $to
  RETURN DISTINCT s
}
OPTIONAL MATCH (s)-[:OCCURRENCE_OF]->(u:Utterance)
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
WITH s, u, speaker, a, scope
ORDER BY s.date, a.published, s.id
LIMIT $max
RETURN s.id AS id, s.date AS date, s.text AS text, s.verbatim AS verbatim, s.parts AS parts, s.act AS act,
       u.id AS utterance, u.occurrences AS occurrences,
       CASE WHEN speaker IS NULL THEN null
         ELSE speaker {.id, .name, type: toLower([l IN labels(speaker) WHERE l <> 'Entity'][0])} END AS speaker,
       COLLECT {
         MATCH (s)-[m:MENTIONS]->(t:Territory)
         WHERE m.position IS NOT NULL AND (scope IS NULL OR t.id IN scope)
         RETURN {territory: t.id, position: m.position} ORDER BY t.id, m.position
       } AS positions
