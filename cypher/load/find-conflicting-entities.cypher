// Entities of this dataset whose id already names something of another kind in the graph.
// $entities: [{id, label}]
UNWIND $entities AS e
MATCH (n:Entity {id: e.id})
WHERE NOT e.label IN labels(n)
RETURN e.id AS id, e.label AS wanted, [l IN labels(n) WHERE l <> 'Entity'][0] AS existing
