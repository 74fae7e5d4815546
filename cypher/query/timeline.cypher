// A timeline: the statements an entity made (or, for a territory, that mention it, with its parts when
// $includeParts) between $from and $to, by day or by week ($bucket: 'day' or 'week', weeks from Monday), each
// bucket with how many statements and utterances (the same words reported by several outlets count once), its acts,
// the positions taken (on which territory, by whom) and its three most reported utterances.
// $id, $territory, $includeParts, $from, $to, $bucket
MATCH (e:Entity {id: $id})
CALL (e) {
  WITH e WHERE NOT $territory
  MATCH (e)-[:SAID]->(s:Statement)
  WHERE s.date >= $from AND s.date <= $to
  RETURN s
  UNION
  WITH e WHERE $territory
  MATCH (x:Territory)-[:PART_OF*0..5]->(e)
  WHERE x = e OR $includeParts
  MATCH (x)<-[:MENTIONS]-(s:Statement)
  WHERE s.date >= $from AND s.date <= $to
  RETURN DISTINCT s
}
OPTIONAL MATCH (s)-[:OCCURRENCE_OF]->(u:Utterance)
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
WITH e, s, u, speaker, coalesce(u.id, s.id) AS utterance,
     CASE $bucket WHEN 'week' THEN date.truncate('week', s.date) ELSE s.date END AS start
WITH e, start, collect({s: s, u: u, utterance: utterance, speaker: speaker}) AS rows
RETURN toString(start) AS start,
       size(rows) AS statements,
       size(apoc_free_distinct([r IN rows | r.utterance])) AS utterances
