// What a speaker said, each utterance once, newest first (by the day it was said; undated last, in id order); for
// the page asked for, the earliest occurrence of each (by the day said, then published, then statement id).
// The dated utterances are read in date order from the utterance_speaker_date index (ordered by speaker too, which is
// fixed, so that Neo4j takes the index's order) and the reading stops after the page (issue 9: the most quoted of a
// million statements has 66,460 utterances, and reading and sorting them all cost 266,118 db hits per page); the
// undated ones, which that index does not hold, only for a page that reaches them. The total still counts the
// speaker's index entries (66,461 db hits there, no property read). The query that sorted them all is the oracle of
// SpeakerUtterancePagesTest (src/test/resources/oracle/).
// $id, $skip, $limit
CALL () {
  MATCH (u:Utterance {speaker: $id})
  RETURN count(u) AS total
}
CALL () {
  MATCH (u:Utterance)
  USING INDEX u:Utterance(speaker, date)
  WHERE u.speaker = $id AND u.date IS NOT NULL
  WITH u
  ORDER BY u.speaker DESC, u.date DESC, u.id
  SKIP $skip LIMIT $limit
  RETURN collect(u) AS dated
}
OPTIONAL CALL (total, dated) {
  // Only a page past the dated utterances, of a speaker with undated ones, reads them (none: undated is null).
  WITH total, dated
  WHERE size(dated) < $limit
  WITH dated, total, COUNT { MATCH (d:Utterance) USING INDEX d:Utterance(speaker, date)
                             WHERE d.speaker = $id AND d.date IS NOT NULL } AS datedCount
  WITH dated, datedCount
  WHERE datedCount < total
  CALL () {
    MATCH (u:Utterance {speaker: $id})
    WHERE u.date IS NULL
    WITH u
    ORDER BY u.id
    RETURN collect(u) AS undatedAll
  }
  WITH dated, undatedAll, CASE WHEN $skip > datedCount THEN $skip - datedCount ELSE 0 END AS first
  RETURN undatedAll[first..first + $limit - size(dated)] AS undated
}
CALL (dated, undated) {
  UNWIND dated + coalesce(undated, []) AS u
  CALL (u) {
    MATCH (u)<-[:OCCURRENCE_OF]-(s:Statement)
    OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
    RETURN s.id AS earliest ORDER BY s.date, a.published, s.id LIMIT 1
  }
  RETURN collect(earliest) AS ids
}
RETURN total, ids
