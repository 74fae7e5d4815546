// Every node property key with the kinds of value it holds across the graph, so that the exports can declare typed
// columns and keys before the data (GraphML, CSV). Reads every node once; the answer is one row a key.
MATCH (n)
UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types
ORDER BY key
