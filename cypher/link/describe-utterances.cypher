// Sets what an utterance is (link.Utterances): its content-derived id (kept as it was when another utterance has it
// already: CorpusLinks then joins the two, taken-ids.cypher), text, whether the text is verbatim, speaker id, the
// day it was said, the first and last days it was seen in an article, the ids of the outlets that published an article
// carrying it (outlets: each once, in id order; [] when none has an outlet), and its number of occurrences; and how
// each occurrence matches the text. outlets is what the statement cards and an utterance's detail read instead of
// walking every occurrence to its article and outlet (cypher/query/statement-cards.cypher). definedBy is the id of
// the occurrence its text and id come from, which lets the loader add occurrences later without reading the others
// (kept-utterances.cypher). links: every occurrence's match, or only those of the occurrences just added when the
// utterance was extended from what it keeps (the others' match to an unchanged text stays).
// $utterances: [{id, newId, text, verbatim, speaker, date, firstSeen, lastSeen, outlets, occurrences, definedBy,
//                links: [{statement, match, score}]}]
// Every look-up is pinned to its index, as utterance-reports.cypher says why: the loader keeps a query's first plan for
// the whole load, and a plan made over an almost empty graph may scan the label instead (on the generated
// 10,000-article corpus that cost 41 ms per utterance, 60% of the loading thread).
UNWIND $utterances AS x
MATCH (u:Utterance {id: x.id})
USING INDEX u:Utterance(id)
SET u.id = CASE WHEN EXISTS { MATCH (o:Utterance {id: x.newId}) USING INDEX o:Utterance(id) WHERE o <> u }
                THEN u.id ELSE x.newId END,
    u.text = x.text,
    u.verbatim = x.verbatim,
    u.speaker = x.speaker,
    u.date = x.date,
    u.firstSeen = x.firstSeen,
    u.lastSeen = x.lastSeen,
    u.outlets = x.outlets,
    u.occurrences = x.occurrences,
    u.definedBy = x.definedBy
WITH u, x
CALL (u, x) {
  UNWIND x.links AS l
  MATCH (s:Statement {id: l.statement})
  USING INDEX s:Statement(id)
  // Not enough alone (session 14): with the hint and this WITH, a plan expanding from the utterance was still chosen
  // in some builds, 40 ms per utterance, so the loader lets Neo4j plan this query again as the graph grows
  // (LoadQueries.REPLANNED).
  WITH s, u, l
  MATCH (s)-[o:OCCURRENCE_OF]->(u)
  SET o.match = l.match, o.score = l.score
}
