// The explorer's opening view: the most-quoted speakers, read in order from the entity_statement_count index (never
// by counting statements), and the latest statements of each. $speakers, $perSpeaker
MATCH (e:Entity)
WHERE e.statementCount > 0
WITH e ORDER BY e.statementCount DESC LIMIT $speakers
CALL (e) {
  MATCH (e)-[:SAID]->(s:Statement)
  RETURN s ORDER BY s.date IS NULL, s.date DESC, s.id LIMIT $perSpeaker
}
RETURN elementId(e) AS speaker, collect(elementId(s)) AS statements
