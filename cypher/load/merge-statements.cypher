// Statement nodes of the articles of a batch that are being updated, with their speaker and source span (those of new
// articles: create-statements.cypher). A statement that is there already first loses its outgoing relationships and
// its SAID, so that an edited dataset leaves no stale one; every relationship of a statement is then created anew,
// here and by link-statements.cypher and link-entities.cypher, which is why they CREATE instead of MERGE.
// evidence (the text of the span) and passage (the sentence(s) around it) are copies of the article's text, kept on
// the statement for the statement_words full-text index.
// parts: a verbatim statement in parts (a quotation split by its attribution) keeps them as one list of offsets,
// start and end of each part in turn ([s0, e0, s1, e1, …]); null for a statement in one piece.
// day, dateSource, linkKeys, sortKey and speaker: as in create-statements.cypher.
// $statements: [{article, origin, id, text, verbatim, act, medium, day, dateSource, confidence, speaker, start, end,
//                parts, evidence, passage, linkKeys, sortKey}]
UNWIND $statements AS st
MATCH (a:Article {id: st.article})
MERGE (s:Statement {id: st.id})
SET s.text = st.text,
    s.verbatim = st.verbatim,
    s.act = st.act,
    s.medium = st.medium,
    s.date = CASE WHEN st.day IS NULL THEN null ELSE date(st.day) END,
    s.dateSource = st.dateSource,
    s.confidence = st.confidence,
    s.origin = st.origin,
    s.parts = st.parts,
    s.evidence = st.evidence,
    s.passage = st.passage,
    s.linkKeys = st.linkKeys,
    s.sortKey = st.sortKey,
    s.speaker = st.speaker
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
