// The nodes and relationships of the paths the search found (query.PathSearch), by element id: each node's id, name
// and labels, each relationship's type, start node and properties (a role's title, a position, a year).
// $nodes, $rels: element ids
CALL () {
  UNWIND $nodes AS key
  MATCH (n) WHERE elementId(n) = key
  RETURN collect(n {key: key, .id, .name, labels: labels(n)}) AS nodes
}
CALL () {
  UNWIND $rels AS key
  MATCH ()-[r]->() WHERE elementId(r) = key
  RETURN collect({key: key, type: type(r), start: elementId(startNode(r)), properties: properties(r)}) AS rels
}
RETURN nodes, rels
