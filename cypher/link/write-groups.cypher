// Writes what link.Linking decided: for each utterance, the existing utterances it is made of (the first is kept, the
// others' occurrences move to it and they go) or a new Utterance, and the OCCURRENCE_OF of each statement joining it.
// Then describe-utterances.cypher sets the utterance's text, id, dates, outlets and counts, except for a new
// utterance created whole: one whose statements are all being written, which the loader describes itself
// (load.CorpusLinks#whole), so it gets its content-derived id and properties here, and its links their final match and score. If another
// utterance has that id already, it is created under its placeholder id instead and described as the others
// (describe-utterances then keeps the placeholder, and taken-ids joins the two).
// $groups: [{keep, merge: [utterance id], create, whole: {id, text, verbatim, speaker, date, firstSeen, lastSeen,
//            outlets, occurrences} or null, links: [{statement, match, score}]}]
// Returns each utterance written, and whether it was created whole (not to be described again).
UNWIND $groups AS g
CALL (g) {
  WITH g WHERE g.create IS NOT NULL
  OPTIONAL MATCH (taken:Utterance {id: g.whole.id})
  WITH g, g.whole IS NOT NULL AND taken IS NULL AS whole
  CREATE (u:Utterance)
  SET u = CASE WHEN whole THEN g.whole ELSE {id: g.create} END
  RETURN u, whole
UNION ALL
  WITH g WHERE g.create IS NULL
  MATCH (u:Utterance {id: g.keep})
  RETURN u, false AS whole
}
CALL (g, u) {
  UNWIND g.merge AS otherId
  MATCH (other:Utterance {id: otherId})
  CALL (other, u) {
    MATCH (s:Statement)-[r:OCCURRENCE_OF]->(other)
    CREATE (s)-[:OCCURRENCE_OF {match: r.match, score: r.score}]->(u)
    DELETE r
  }
  DELETE other
}
CALL (g, u) {
  UNWIND g.links AS l
  MATCH (s:Statement {id: l.statement})
  CREATE (s)-[:OCCURRENCE_OF {match: l.match, score: l.score}]->(u)
}
RETURN u.id AS id, whole
