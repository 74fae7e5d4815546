// Every relationship property key with the kinds of value it holds across the graph (see export-node-keys.cypher).
MATCH ()-[r]->()
UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types
ORDER BY key
