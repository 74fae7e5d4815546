// Facts about entities: (Person)-[:HOLDS_ROLE {title}]->(Organization|Territory),
// (Territory)-[:PART_OF]->(Territory) and (Territory)-[:ANNEXATION_CLAIMED_BY {year, recognised}]->(Territory).
// $roles: [{person, title, of}], $partOf: [{territory, parent}], $claims: [{territory, by, year, recognised}]
CALL () {
  UNWIND $roles AS r
  MATCH (p:Person {id: r.person})
  MATCH (o:Entity {id: r.of})
  MERGE (p)-[:HOLDS_ROLE {title: r.title}]->(o)
}
CALL () {
  UNWIND $partOf AS l
  MATCH (t:Territory {id: l.territory})
  MATCH (parent:Territory {id: l.parent})
  MERGE (t)-[:PART_OF]->(parent)
}
CALL () {
  UNWIND $claims AS c
  MATCH (t:Territory {id: c.territory})
  MATCH (by:Territory {id: c.by})
  MERGE (t)-[claim:ANNEXATION_CLAIMED_BY]->(by)
  SET claim.year = coalesce(c.year, claim.year),
      claim.recognised = c.recognised
}
