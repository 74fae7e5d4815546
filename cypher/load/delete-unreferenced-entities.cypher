// Entities articles stopped naming (by an edit or by being deleted) that nothing holds on to any more: no article
// NAMES them, no statement references them (SAID, MENTIONS, ADDRESSED_TO, REPORTED_BY) and no remaining fact
// (HOLDS_ROLE, PART_OF, ANNEXATION_CLAIMED_BY) has them at either end. Anything else attached to an entity keeps it
// too, so this never cuts a relationship. Only the candidates are looked at, never the whole graph.
// $entityIds: the entities articles of the batch stopped naming
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)--() }
DELETE e
