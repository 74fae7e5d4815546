// What DatasetLoader.upgradeOnce reads first, at every start, instead of scanning the graph: the format marker and
// whether the graph holds anything at all.
//   (:GraphFormat {version})   one node, written by the loader (mark-format.cypher) once the graph holds everything
//                              the present loader keeps: provenance on NAMES with counts on entities and facts
//                              (upgrade-provenance.cypher), sort keys (sort-keys.cypher), stances (stances.cypher),
//                              entities' relayed counts (relayed-counts.cypher) and utterances' outlets
//                              (utterance-outlets.cypher; version 3), mentions shared by stances (shared-orders.cypher;
//                              version 4) and each utterance's defining occurrence (utterance-defined-by.cypher;
//                              version 5).
// version is DatasetLoader.GRAPH_FORMAT. When it is the loader's, nothing is checked or scanned; when the marker is
// absent (a graph written by a loader before the marker) or older, the upgrade checks (needs-upgrade, needs-sort-keys,
// needs-outlets, needs-defined-by, needs-stances, needs-relayed-counts) run once and the marker is written after them. An empty graph needs no check:
// the loader writes the marker with its first article. Both look-ups stop at the first node of their label.
OPTIONAL MATCH (f:GraphFormat)
WITH max(f.version) AS version
RETURN version,
       NOT EXISTS { MATCH (:Article) } AND NOT EXISTS { MATCH (:Entity) } AND NOT EXISTS { MATCH (:Statement) }
         AS empty
