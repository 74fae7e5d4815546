// The kind (label besides Entity) of each of these entities that the graph has already, so that the loader can
// refuse a dataset that names one of them as another kind of thing.
// $ids: entity ids
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
