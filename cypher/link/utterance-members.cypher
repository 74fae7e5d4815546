// Every occurrence of the given utterances, with what link.Utterances needs to describe each utterance: the day its
// article was published and the ids of the outlets that published it (its PUBLISHED_BY, written before linking).
// Anchored step by step on the utterance's index seek (its occurrences, then each one's speaker and article, in
// subqueries), as utterance-reports.cypher says why: the loader keeps a query's first plan for the whole load.
// $ids: [utterance id]
UNWIND $ids AS id
MATCH (u:Utterance {id: id})
USING INDEX u:Utterance(id)
CALL (u) {
  MATCH (u)<-[:OCCURRENCE_OF]-(s:Statement)
  RETURN s
}
CALL (s) {
  MATCH (speaker:Entity)-[:SAID]->(s)
  RETURN speaker
}
CALL (s) {
  OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
  RETURN a
}
RETURN u.id AS utterance, s.id AS id, speaker.id AS speaker, s.verbatim AS verbatim, s.text AS text, s.act AS act,
       s.date AS date, a.published AS published,
       COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions,
       COLLECT { MATCH (a)-[:PUBLISHED_BY]->(o:Organization) RETURN o.id } AS outlets
