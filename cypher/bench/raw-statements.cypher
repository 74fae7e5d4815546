// The benchmark's raw limit: statement nodes CREATEd with their speaker and source span, as load/create-statements.cypher
// created them before the loader also set their listing date, date source, linking and sort keys on creation (those
// were set by passes after it, which the raw way never ran): the raw way writes what it always wrote, so that its
// figures stay comparable from run to run.
// $statements: the rows of load/create-statements.cypher (day, dateSource, linkKeys and sortKey unused)
UNWIND $statements AS st
MATCH (a:Article {id: st.article})
MATCH (speaker:Entity {id: st.speaker})
CREATE (speaker)-[:SAID]->(s:Statement {id: st.id, text: st.text, verbatim: st.verbatim, act: st.act,
                                        medium: st.medium,
                                        date: CASE WHEN st.date IS NULL THEN null ELSE date(st.date) END,
                                        confidence: st.confidence, origin: st.origin, parts: st.parts,
                                        evidence: st.evidence, passage: st.passage})
       -[:SOURCED_FROM {start: st.start, end: st.end}]->(a)
