// What the loader keeps on each given utterance (link.Utterances.Kept), so that the statements joining it are added
// without reading its other occurrences: its days, outlets and number of occurrences, and the occurrence that defines
// its text and id (definedBy), read by its id with what link.Utterances needs of it. definedBy is null (and so is the
// defining occurrence) when the utterance has none yet, or when that statement is no longer one of its occurrences:
// CorpusLinks then reads every occurrence (utterance-members.cypher), as it did for all before.
// Anchored on the utterance's index seek and then the statement's, as utterance-reports.cypher says why.
// $ids: [utterance id]
UNWIND $ids AS id
MATCH (u:Utterance {id: id})
USING INDEX u:Utterance(id)
CALL (u) {
  OPTIONAL MATCH (d:Statement {id: u.definedBy})
  USING INDEX d:Statement(id)
  WHERE EXISTS { (d)-[:OCCURRENCE_OF]->(u) }
  RETURN d
}
RETURN u.id AS utterance, u.date AS utteranceDate, u.firstSeen AS firstSeen, u.lastSeen AS lastSeen,
       u.outlets AS outlets, u.occurrences AS occurrences, d.id AS id,
       COLLECT { MATCH (speaker:Entity)-[:SAID]->(d) RETURN speaker.id } AS speakers, d.verbatim AS verbatim,
       d.text AS text, d.act AS act, d.date AS date,
       COLLECT { MATCH (d)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions
