// Every occurrence of the given utterances, with what link.Utterances needs to describe each utterance.
// $ids: [utterance id]
UNWIND $ids AS id
MATCH (u:Utterance {id: id})<-[o:OCCURRENCE_OF]-(s:Statement)
MATCH (speaker:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
RETURN u.id AS utterance, s.id AS id, speaker.id AS speaker, s.verbatim AS verbatim, s.text AS text, s.act AS act,
       s.date AS date, a.published AS published,
       COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions
