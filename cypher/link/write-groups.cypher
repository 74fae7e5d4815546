// Writes what link.Linking decided: for each utterance, the existing utterances it is made of (the first is kept, the
// others' occurrences move to it and they go) or a new Utterance, and the OCCURRENCE_OF of each statement joining it.
// Then describe-utterances.cypher sets the utterance's text, id, dates and counts.
// $groups: [{keep, merge: [utterance id], create, links: [{statement, match, score}]}]
UNWIND $groups AS g
CALL (g) {
  WITH g WHERE g.create IS NOT NULL
  CREATE (:Utterance {id: g.create})
}
MATCH (u:Utterance {id: coalesce(g.keep, g.create)})
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
RETURN u.id AS id
