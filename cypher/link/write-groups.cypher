// Writes what link.Linking decided for the utterances that existing ones are made of: for each, the existing
// utterances it joins (the first is kept, the others' occurrences move to it and they go), and the OCCURRENCE_OF of
// each statement joining it. New utterances are created by create-utterances.cypher. Then describe-utterances.cypher
// sets each utterance's text, id, dates, outlets and counts.
// $groups: [{keep, merge: [utterance id], links: [{statement, match, score}]}]
// Returns each utterance written.
UNWIND $groups AS g
MATCH (u:Utterance {id: g.keep})
USING INDEX u:Utterance(id)
CALL (g, u) {
  UNWIND g.merge AS otherId
  MATCH (other:Utterance {id: otherId})
  USING INDEX other:Utterance(id)
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
  USING INDEX s:Statement(id)
  CREATE (s)-[:OCCURRENCE_OF {match: l.match, score: l.score}]->(u)
}
RETURN u.id AS id
