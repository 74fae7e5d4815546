// Whether an entity with this id exists, and with which label. $id
OPTIONAL MATCH (e:Entity {id: $id})
RETURN e IS NOT NULL AS exists, CASE WHEN e IS NULL THEN null ELSE [l IN labels(e) WHERE l <> 'Entity'] END AS labels
