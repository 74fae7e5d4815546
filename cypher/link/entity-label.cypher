// What an id names already, if anything: the kind of entity, or nothing.
MATCH (e:Entity {id: $id})
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS label
