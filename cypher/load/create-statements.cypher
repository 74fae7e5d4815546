// Statement nodes of the new articles of a batch, with their speaker and source span. An article that was not in the
// graph has no statements there either (a statement's id starts with its article's), so they are created outright;
// merge-statements.cypher writes those of articles being updated. evidence and passage: as there.
// parts: a verbatim statement in parts (a quotation split by its attribution) keeps them as one list of offsets,
// start and end of each part in turn ([s0, e0, s1, e1, …]); null for a statement in one piece.
// $statements: [{article, origin, id, text, verbatim, act, medium, date, confidence, speaker, start, end, parts,
//                evidence, passage}]
UNWIND $statements AS st
MATCH (a:Article {id: st.article})
MATCH (speaker:Entity {id: st.speaker})
CREATE (speaker)-[:SAID]->(s:Statement {id: st.id, text: st.text, verbatim: st.verbatim, act: st.act,
                                        medium: st.medium,
                                        date: CASE WHEN st.date IS NULL THEN null ELSE date(st.date) END,
                                        confidence: st.confidence, origin: st.origin, parts: st.parts,
                                        evidence: st.evidence, passage: st.passage})
       -[:SOURCED_FROM {start: st.start, end: st.end}]->(a)
