// The statements that share a linking key (link.LinkKeys) with a statement being linked, with the utterance each
// belongs to. CorpusLinks found their ids: the committed ones through the full-text index (committed-hits.cypher),
// those of the same batch by their keys in memory (link.KeyMatcher); this reads them as this transaction sees them,
// by id, each once however many statements of the batch it is a candidate for (CorpusLinks pairs them; read once per
// pair, 1,000 articles loaded onto the million read 100,230 rows for 45,293 committed hits and the batch's own). Statements of
// the articles in $excluded (being re-loaded or deleted) and statements this transaction deleted are no
// candidates.
// Every step is anchored on the hit's index seek (its speaker, utterance and mentions read from it in subqueries), as
// in utterance-reports.cypher: the loader keeps a query's first plan for the whole load, so a plan that started from
// the speakers or the utterances and joined them to the hits would cost as much as the graph holds at every call.
// $ids: [statement id], $excluded: [article id]
UNWIND $ids AS id
MATCH (hit:Statement {id: id})
USING INDEX hit:Statement(id)
WHERE NOT EXISTS { (hit)-[:SOURCED_FROM]->(x:Article) WHERE x.id IN $excluded }
CALL (hit) {
  MATCH (speaker:Entity)-[:SAID]->(hit)
  RETURN speaker
}
CALL (hit) {
  OPTIONAL MATCH (hit)-[:OCCURRENCE_OF]->(u:Utterance)
  RETURN u
}
RETURN hit.id AS id, speaker.id AS speaker, hit.verbatim AS verbatim, hit.text AS text,
       hit.act AS act, hit.date AS date, COLLECT { MATCH (hit)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions,
       u.id AS utteranceId, u.text AS utteranceText, coalesce(u.verbatim, false) AS utteranceVerbatim
