// The oracle of SpeakerUtterancePagesTest: cypher/query/speaker-utterances.cypher before issue 9's index-ordered
// pages, which read and sorted all of a speaker's utterances for every page.
// What a speaker said, each utterance once, newest first (by the day it was said; undated last), through the
// utterance_speaker index; for the page asked for, the earliest occurrence of each (by the day said, then published,
// then statement id). $id, $skip, $limit
CALL () {
  MATCH (u:Utterance {speaker: $id})
  RETURN count(u) AS total
}
CALL () {
  MATCH (u:Utterance {speaker: $id})
  WITH u
  ORDER BY u.date IS NULL, u.date DESC, u.id
  SKIP $skip LIMIT $limit
  CALL (u) {
    MATCH (u)<-[:OCCURRENCE_OF]-(s:Statement)
    OPTIONAL MATCH (s)-[:SOURCED_FROM]->(a:Article)
    RETURN s.id AS earliest ORDER BY s.date, a.published, s.id LIMIT 1
  }
  RETURN collect(earliest) AS ids
}
RETURN total, ids
