// Statement nodes of the articles of a batch that are being updated, with their speaker and source span (those of new
// articles: create-statements.cypher). A statement that is there already first loses its outgoing relationships and
// its SAID, so that an edited dataset leaves no stale one; every relationship of a statement is then created anew,
// here and by link-statements.cypher and link-entities.cypher, which is why they CREATE instead of MERGE.
// $statements: [{article, origin, id, text, verbatim, act, medium, date, confidence, speaker, start, end}]
UNWIND $statements AS st
MATCH (a:Article {id: st.article})
MERGE (s:Statement {id: st.id})
SET s.text = st.text,
    s.verbatim = st.verbatim,
    s.act = st.act,
    s.medium = st.medium,
    s.date = CASE WHEN st.date IS NULL THEN null ELSE date(st.date) END,
    s.confidence = st.confidence,
    s.origin = st.origin
WITH a, s, st
CALL (s) {
  OPTIONAL MATCH (s)-[out]->()
  DELETE out
}
CALL (s) {
  OPTIONAL MATCH (s)<-[said:SAID]-()
  DELETE said
}
WITH a, s, st
MATCH (speaker:Entity {id: st.speaker})
CREATE (speaker)-[:SAID]->(s)
CREATE (s)-[:SOURCED_FROM {start: st.start, end: st.end}]->(a)
