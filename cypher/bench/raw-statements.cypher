// The benchmark's raw limit: statements CREATEd with their SAID and SOURCED_FROM, their article and speaker found by
// id. $statements: the rows of load/merge-statements.cypher
UNWIND $statements AS st
MATCH (a:Article {id: st.article})
MATCH (speaker:Entity {id: st.speaker})
CREATE (speaker)-[:SAID]->(s:Statement {id: st.id, text: st.text, verbatim: st.verbatim, act: st.act,
                                        medium: st.medium,
                                        date: CASE WHEN st.date IS NULL THEN null ELSE date(st.date) END,
                                        confidence: st.confidence, origin: st.origin})
       -[:SOURCED_FROM {start: st.start, end: st.end}]->(a)
