// Whether a statement with this id exists. $id
OPTIONAL MATCH (s:Statement {id: $id})
RETURN s IS NOT NULL AS exists
