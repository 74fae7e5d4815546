// One step out from each node: its neighbours through any relationship, what an entity said first, then a
// statement's speaker, then the other relationships out and in. Each node's relationships are paged ($skip, $perNode)
// and read lazily, so a speaker with a million statements costs what one page costs; `degree` is the node's number of
// relationships, which Neo4j keeps per type on dense nodes, so the page can say how many more there are.
// $ids: elementIds of the nodes, $skip, $perNode
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
CALL (n) {
  CALL (n) {
    MATCH (n)-[:SAID]->(m) RETURN m
    UNION ALL
    MATCH (n)<-[:SAID]-(m) RETURN m
    UNION ALL
    MATCH (n)-[:!SAID]->(m) RETURN m
    UNION ALL
    MATCH (n)<-[:!SAID]-(m) RETURN m
  }
  WITH m SKIP $skip LIMIT $perNode
  RETURN collect(elementId(m)) AS neighbours
}
RETURN id AS node, neighbours, COUNT { (n)--() } AS degree
