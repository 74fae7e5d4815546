// The first step of the path search from one end (query.PathSearch): an end's relationships of each type a path may
// take, at most $each of each type. A much-quoted person's or much-mentioned territory's relationships are read
// type by type, so that a step cut by the limit still reads what they said and what mentions them alike, rather
// than the first few thousand of whichever type comes first. The caller asks one more of each than it keeps, to see
// whether the limit cut the step. With each row, the degree of the node reached (all its relationships, one db hit):
// the search next expands the side whose frontier has fewer relationships. $node: an element id, $each
MATCH (n) WHERE elementId(n) = $node
CALL (n) {
  MATCH (n)-[r:SAID]-(m) RETURN r, m LIMIT $each
  UNION
  MATCH (n)-[r:REPORTED_BY]-(m) RETURN r, m LIMIT $each
  UNION
  MATCH (n)-[r:REPORTS]-(m) RETURN r, m LIMIT $each
  UNION
  MATCH (n)-[r:RESPONDS_TO]-(m) RETURN r, m LIMIT $each
  UNION
  MATCH (n)-[r:DENIES]-(m) RETURN r, m LIMIT $each
  UNION
  MATCH (n)-[r:ADDRESSED_TO]-(m) RETURN r, m LIMIT $each
  UNION
  MATCH (n)-[r:MENTIONS]-(m) RETURN r, m LIMIT $each
  UNION
  MATCH (n)-[r:HOLDS_ROLE]-(m) RETURN r, m LIMIT $each
  UNION
  MATCH (n)-[r:PART_OF]-(m) RETURN r, m LIMIT $each
  UNION
  MATCH (n)-[r:ANNEXATION_CLAIMED_BY]-(m) RETURN r, m LIMIT $each
}
RETURN $node AS node, type(r) AS type, elementId(r) AS rel, elementId(m) AS next, COUNT { (m)--() } AS degree
