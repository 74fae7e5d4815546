// Whether an entity with this id exists (the paths' from and to; the lists of an entity's statements, positions and
// utterances learn it from their own query). $id
OPTIONAL MATCH (e:Entity {id: $id})
RETURN e IS NOT NULL AS exists
