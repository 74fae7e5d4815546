// Entity.statementCount: how many statements an entity said, kept on the node (and indexed, schema.cypher) so that
// the explorer's opening view can pick the most-quoted speakers without counting every statement. The loader runs
// this at the end of every batch for the speakers its articles had before and have now. The count is
// Neo4j's per-type degree of the node, which it reads without walking the relationships, even on a dense node.
// $entityIds: ids of entities whose count may have changed (ids no longer in the graph are skipped)
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
SET e.statementCount = COUNT { (e)-[:SAID]->() }
