// Statements that mention a territory, newest first, each with the position(s) it takes there. With $includeParts
// also statements about its parts (Donbas takes in Luhansk and Donetsk), with $includeWholes also statements about
// what it is part of (Luhansk takes in Donbas and Ukraine); with $position only statements taking that position;
// with $firstHand only statements that nothing relays. Starts from the territory's id (an index seek), then its
// PART_OF neighbours and their MENTIONS. Ordered by Statement.sortKey (load/sort-keys.cypher: the order above,
// without reading each statement's article; the query that read it is the oracle of NewestFirstPagesTest), relays
// checked by degree only (the model makes their far ends certain). The total is exact (totalIsLowerBound false): the
// page is found by ordering every match, so counting them costs nothing more. No row for an unknown territory, so
// that the API answers 404 from this query alone.
// $id, $includeParts, $includeWholes, $position, $firstHand, $skip, $limit
MATCH (t:Territory {id: $id})
CALL (t) {
  CALL (t) {
    RETURN t AS x
    UNION
    MATCH (x:Territory)-[:PART_OF*1..5]->(t) WHERE $includeParts RETURN x
    UNION
    MATCH (t)-[:PART_OF*1..5]->(x:Territory) WHERE $includeWholes RETURN x
  }
  MATCH (x)<-[m:MENTIONS]-(s:Statement)
  WHERE ($position IS NULL OR m.position = $position)
    AND (NOT $firstHand OR (NOT EXISTS { (s)-[:REPORTED_BY]->() } AND NOT EXISTS { (s)<-[:REPORTS]-() }))
  WITH s, collect({territory: x.id, position: m.position}) AS positions
  ORDER BY s.sortKey
  RETURN collect({id: s.id, positions: positions}) AS rows
}
RETURN size(rows) AS total, false AS totalIsLowerBound, rows[$skip..$skip + $limit] AS rows
