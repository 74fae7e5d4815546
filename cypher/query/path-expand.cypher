// One step of the path search (query.PathSearch): the relationships of each node of a frontier, through what was said
// (articles are left out: every entity an article names would otherwise be two steps from every other). At most
// $fanOut of each node's relationships are read, and $limit in all, so that a step from a much-quoted person or a
// much-mentioned territory reads a bounded part of its neighbourhood; the caller asks one more of each than it keeps,
// to see whether a limit cut the step. With each row, the degree of the node reached (all its relationships, one db
// hit): the search next expands the side whose frontier has fewer relationships. $nodes: element ids, $fanOut, $limit
UNWIND $nodes AS node
MATCH (n) WHERE elementId(n) = node
CALL (n) {
  MATCH (n)-[r:SAID|REPORTED_BY|REPORTS|RESPONDS_TO|DENIES|ADDRESSED_TO|MENTIONS|HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]-(m)
  RETURN r, m LIMIT $fanOut
}
RETURN node, elementId(r) AS rel, elementId(m) AS next, COUNT { (m)--() } AS degree
LIMIT $limit
