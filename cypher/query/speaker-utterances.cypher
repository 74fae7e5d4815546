// What a speaker said, each utterance once, newest first (by the day it was said; undated last, in id order); for
// the page asked for, the earliest occurrence of each (by the day said, then published, then statement id).
// The dated utterances are read in date order from the utterance_speaker_date index (ordered by speaker too, which is
// fixed, so that Neo4j takes the index's order) and the reading stops after the page (issue 9: the most quoted of a
// million statements has 66,460 utterances, and reading and sorting them all cost 266,118 db hits per page); the
// undated ones, which that index does not hold, only for a page that reaches them. The total counts the speaker's
// index entries up to $cap (Page.COUNT_CAP): past it, totalIsLowerBound is true and the total says "at least" (the
// most quoted speaker's 66,461 entries cost as many db hits, read for every page). The query that sorted them all is
// the oracle of SpeakerUtterancePagesTest (src/test/resources/oracle/). No row for an unknown id, and the entity's
// labels otherwise, so that the API answers 404 from this query alone.
// $id, $cap, $skip, $limit
MATCH (e:Entity {id: $id})
CALL () {
  MATCH (u:Utterance {speaker: $id})
  WITH u LIMIT $cap + 1
  RETURN count(u) AS counted
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
OPTIONAL CALL (dated) {
  // Only a page past the dated utterances, of a speaker with undated ones, reads them (none: undated is null).
  WITH dated
  WHERE size(dated) < $limit
  WITH dated, COUNT { MATCH (d:Utterance) USING INDEX d:Utterance(speaker, date)
                      WHERE d.speaker = $id AND d.date IS NOT NULL } AS datedCount,
       COUNT { MATCH (a:Utterance {speaker: $id}) } AS all
  WITH dated, datedCount
  WHERE datedCount < all
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
RETURN [l IN labels(e) WHERE l <> 'Entity'] AS labels, CASE WHEN counted > $cap THEN $cap ELSE counted END AS total,
       counted > $cap AS totalIsLowerBound, ids
