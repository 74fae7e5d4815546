// The statements filter when only speakers are given (statements-filter.cypher answers every other combination):
// newest first, paged. Each speaker's statements are read in order from the statement_speaker_order index
// (Statement.speaker, Statement.sortKey: load/sort-keys.cypher), at most $skip + $limit of them, and those of all the
// speakers merged; a statement has one speaker, so the total is the sum of their SAID degrees, which Neo4j reads
// without walking the relationships: exact (totalIsLowerBound false). $speakers: [id], $skip, $limit
CALL () {
  UNWIND $speakers AS id
  WITH DISTINCT id
  MATCH (e:Entity {id: id})
  RETURN sum(COUNT { (e)-[:SAID]->() }) AS total
}
CALL () {
  UNWIND $speakers AS id
  WITH DISTINCT id
  CALL (id) {
    MATCH (s:Statement)
    WHERE s.speaker = id AND s.sortKey IS NOT NULL
    WITH s
    ORDER BY s.speaker, s.sortKey
    LIMIT $skip + $limit
    RETURN s
  }
  WITH s
  ORDER BY s.sortKey
  SKIP $skip LIMIT $limit
  RETURN collect(s.id) AS ids
}
RETURN total, false AS totalIsLowerBound, ids
