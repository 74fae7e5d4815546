// The benchmark's raw limit (BENCHMARKS.md): each entity CREATEd once, when an article first names it, with the
// properties and labels the loader gives it, nameText included so that the full-text index costs the same. No MERGE,
// nothing read first. $entities: [{label, properties}]
UNWIND $entities AS e
CREATE (n:Entity:$(e.label))
SET n = e.properties
