// The reports (verbatim: false occurrences) of the utterances linking found candidates in: reported speech joins an
// utterance only if it agrees with every one of them (link.ReportAgreement). Read from each utterance by its id, so
// the cost is the size of those utterances, never of the corpus.
// Every step is anchored on what the step before found (the utterance's index seek, then its occurrences, then each
// report's speaker and mentions from the report), in subqueries that cannot be planned as a scan joined to the rest:
// the loader keeps a query's first plan for the whole load (load.LoadQueries, replan=skip), and a 10,000-article
// bench load whose earlier form got another plan spent 139 CPU-seconds here against 0.4 in the next run of the same
// corpus, for the same 11,949 rows (BENCHMARKS.md).
// $ids: [utterance id]
UNWIND $ids AS id
MATCH (u:Utterance {id: id})
USING INDEX u:Utterance(id)
CALL (u) {
  MATCH (u)<-[:OCCURRENCE_OF]-(s:Statement)
  WHERE s.verbatim = false
  RETURN s
}
WITH u, s, COLLECT { MATCH (speaker:Entity)-[:SAID]->(s) RETURN speaker.id } AS speakers
UNWIND speakers AS speaker
RETURN u.id AS utterance, s.id AS id, speaker, s.verbatim AS verbatim, s.text AS text, s.act AS act,
       s.date AS date, COLLECT { MATCH (s)-[:MENTIONS]->(e:Entity) RETURN e.id } AS mentions
