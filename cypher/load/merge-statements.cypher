// Statement nodes with their speaker and source span. evidence (the text of the span) and passage (the sentence(s)
// around it) are copies of the article's text, kept on the statement for the statement_words full-text index. Their own outgoing links and their speaker are cleared and
// written again by the queries that follow, so an edited dataset leaves no stale relationship.
MATCH (a:Article {id: $articleId})
UNWIND $statements AS st
MERGE (s:Statement {id: st.id})
SET s.text = st.text,
    s.verbatim = st.verbatim,
    s.act = st.act,
    s.medium = st.medium,
    s.date = CASE WHEN st.date IS NULL THEN null ELSE date(st.date) END,
    s.confidence = st.confidence,
    s.origin = $origin,
    s.evidence = st.evidence,
    s.passage = st.passage
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
MERGE (speaker)-[:SAID]->(s)
MERGE (s)-[src:SOURCED_FROM]->(a)
SET src.start = st.start, src.end = st.end
