// The reports (verbatim: false occurrences) of the utterances linking found candidates in: reported speech joins an
// utterance only if it agrees with every one of them (link.ReportAgreement). Read from each utterance by its id, so
// the cost is the size of those utterances, never of the corpus.
// $ids: [utterance id]
UNWIND $ids AS id
MATCH (u:Utterance {id: id})<-[:OCCURRENCE_OF]-(s:Statement {verbatim: false})
MATCH (speaker:Entity)-[:SAID]->(s)
RETURN u.id AS utterance, s.id AS id, speaker.id AS speaker, s.verbatim AS verbatim, s.text AS text, s.act AS act,
       s.date AS date, COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions
