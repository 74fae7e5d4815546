// The new utterances link.Linking decided on, each created outright with the OCCURRENCE_OF of its statements: the
// utterances that existing ones are made of go through write-groups.cypher instead, which this query spares the
// UNION of the two kinds for every row (most utterances of a load are new: 77,000 of 88,000 on the generated
// 10,000-article corpus). A new utterance created whole (load.CorpusLinks#whole: all its statements are being
// written) gets its content-derived id and properties here, and its links their final match and score, unless
// another utterance has that id already: then it is created under its placeholder id and described as the others
// (describe-utterances keeps the placeholder, and taken-ids joins the two).
// $groups: [{create, whole: {id, text, verbatim, speaker, date, firstSeen, lastSeen, outlets, occurrences,
//                            definedBy} or null,
//            links: [{statement, match, score}]}]
// Returns each utterance's placeholder id, the id it was created with, and whether it was created whole (not to be
// described again).
UNWIND $groups AS g
OPTIONAL MATCH (taken:Utterance {id: g.whole.id})
USING INDEX taken:Utterance(id)
WITH g, g.whole IS NOT NULL AND taken IS NULL AS whole
CREATE (u:Utterance)
SET u = CASE WHEN whole THEN g.whole ELSE {id: g.create} END
WITH g, u, whole
CALL (g, u) {
  UNWIND g.links AS l
  MATCH (s:Statement {id: l.statement})
  USING INDEX s:Statement(id)
  CREATE (s)-[:OCCURRENCE_OF {match: l.match, score: l.score}]->(u)
}
RETURN g.create AS placeholder, u.id AS id, whole
