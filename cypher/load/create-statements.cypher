// Statement nodes of the new articles of a batch, with their speaker and source span. An article that was not in the
// graph has no statements there either (a statement's id starts with its article's), so they are created outright;
// merge-statements.cypher writes those of articles being updated. evidence and passage: as there.
// parts: a verbatim statement in parts (a quotation split by its attribution) keeps them as one list of offsets,
// start and end of each part in turn ([s0, e0, s1, e1, …]); null for a statement in one piece.
// day and dateSource: every statement gets a date and where it comes from: its dataset's date, as stated by the article
// ('text', unless the dataset says otherwise), or else its article's published date ('published'); only a statement
// of an article without a published date stays undated. linkKeys: the keys linking finds it by (link.LinkKeys,
// indexed by statement_link_keys_eventual). sortKey and speaker (the speaker's id): what the lists of statements are read by
// (load/sort-keys.cypher). The loader works them all out from the dataset (load.LoadPlan), so that no pass reads
// the statements again to set them.
// $statements: [{article, origin, id, text, verbatim, act, medium, day, dateSource, confidence, speaker, start, end,
//                parts, evidence, passage, linkKeys, sortKey}]
UNWIND $statements AS st
MATCH (a:Article {id: st.article})
MATCH (speaker:Entity {id: st.speaker})
CREATE (speaker)-[:SAID]->(s:Statement {id: st.id, text: st.text, verbatim: st.verbatim, act: st.act,
                                        medium: st.medium,
                                        date: CASE WHEN st.day IS NULL THEN null ELSE date(st.day) END,
                                        dateSource: st.dateSource,
                                        confidence: st.confidence, origin: st.origin, parts: st.parts,
                                        evidence: st.evidence, passage: st.passage, linkKeys: st.linkKeys,
                                        sortKey: st.sortKey, speaker: st.speaker})
       -[:SOURCED_FROM {start: st.start, end: st.end}]->(a)
