// Records that the graph holds everything the present loader keeps (graph-format.cypher says what and why), so that
// the next start reads this one node instead of checking every statement. Written in the transaction of the
// loader's first write over an empty graph, or after an upgrade.
// $version: DatasetLoader.GRAPH_FORMAT
MERGE (f:GraphFormat)
SET f.version = $version
