// The statements that have just joined an existing utterance (write-groups.cypher), with what link.Utterances needs
// of each, as utterance-members.cypher reads every occurrence: the day its article was published and the ids of the
// outlets that published it. Read by statement id, so the cost is that of the statements added, whatever the size of
// the utterance they join (CorpusLinks adds them to what the utterance keeps, kept-utterances.cypher).
// Anchored step by step on the statement's index seek, as utterance-reports.cypher says why.
// $members: [{utterance, statement}]
UNWIND $members AS m
MATCH (s:Statement {id: m.statement})
USING INDEX s:Statement(id)
CALL (s) {
  MATCH (speaker:Entity)-[:SAID]->(s)
  RETURN speaker
}
CALL (s) {
  OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
  RETURN a
}
RETURN m.utterance AS utterance, s.id AS id, speaker.id AS speaker, s.verbatim AS verbatim, s.text AS text,
       s.act AS act, s.date AS date, a.published AS published,
       COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions,
       COLLECT { MATCH (a)-[:PUBLISHED_BY]->(o:Organization) RETURN o.id } AS outlets
