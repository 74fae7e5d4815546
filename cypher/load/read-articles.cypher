// What the graph holds of each article of a batch: the fingerprint of the dataset it was last loaded from, the file it
// was read from and, unless the fingerprint is the one about to be loaded, what it gave each entity it names (its
// NAMES) and the speakers of its statements (whose statementCount the load updates). From these the loader works out what the new dataset changes, so that nothing shared with other articles
// has to be read. A delete passes no fingerprint. Articles the graph does not have yet return no row.
// $articles: [{id, fingerprint}]
UNWIND $articles AS x
MATCH (a:Article {id: x.id})
RETURN a.id AS id, a.datasetSha256 AS fingerprint, a.file AS file, a.fileStamp AS fileStamp,
  CASE WHEN a.datasetSha256 = x.fingerprint THEN [] ELSE COLLECT {
    MATCH (a)-[n:NAMES]->(e:Entity)
    RETURN {entity: e.id, label: [l IN labels(e) WHERE l <> 'Entity'][0], aliases: n.aliases, roles: n.roles,
            partOf: n.partOf, annexationClaimedBy: n.annexationClaimedBy}
  } END AS names,
  CASE WHEN a.datasetSha256 = x.fingerprint THEN [] ELSE COLLECT {
    MATCH (a)<-[:SOURCED_FROM]-(:Statement)<-[:SAID]-(e:Entity)
    RETURN DISTINCT e.id
  } END AS speakers
