// The benchmark's raw limit: each role, PART_OF and annexation claim CREATEd once, when an article first asserts it.
// $facts: [{type, subject, object, properties}]
UNWIND $facts AS f
MATCH (s:Entity {id: f.subject})
MATCH (o:Entity {id: f.object})
CREATE (s)-[r:$(f.type)]->(o)
SET r = f.properties
