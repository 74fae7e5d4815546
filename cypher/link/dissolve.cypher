// Before articles are loaded again or deleted: every utterance one of their statements belongs to is taken apart
// (its OCCURRENCE_OF links and the node go), and its occurrences from other articles are returned, to be linked
// again without these articles' statements. So an utterance that only they carried disappears, and one whose
// longest quotation only they had gets its text from what remains.
// $articleIds
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:SOURCED_FROM]-(:Statement)-[:OCCURRENCE_OF]->(u:Utterance)
WITH DISTINCT u
CALL (u) {
  MATCH (m:Statement)-[o:OCCURRENCE_OF]->(u)
  DELETE o
  RETURN collect(CASE WHEN EXISTS { (m)-[:SOURCED_FROM]->(x:Article) WHERE x.id IN $articleIds } THEN null
                 ELSE m END) AS remaining
}
DETACH DELETE u
WITH remaining
UNWIND remaining AS m
MATCH (speaker:Entity)-[:SAID]->(m)
RETURN m.id AS id, speaker.id AS speaker, m.verbatim AS verbatim, m.text AS text, m.act AS act, m.date AS date,
       COLLECT { MATCH (m)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions
