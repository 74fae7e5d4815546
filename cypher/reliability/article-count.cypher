// How many articles the graph holds: read from Neo4j's count store, so that it is cheap to ask again and again while
// a load runs (the crash proof waits with it for the moment to kill the load).
MATCH (a:Article)
RETURN count(a) AS n
