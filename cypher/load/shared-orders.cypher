// The upgrade of a graph marked by a loader before MENTIONS.sharedOrder (graph format 3): gives sharedOrder, as
// load/stances.cypher now keeps it, to the mentions of statements that take one position on several territories.
// Run once (DatasetLoader.upgradeOnce), over the mentions that take a position: 268,896 at a million statements.
MATCH (s:Statement)-[m:MENTIONS]->(t:Territory)
WHERE m.position IS NOT NULL AND m.stanceOrder IS NOT NULL AND m.sharedOrder IS NULL
WITH s, m, t, m.position AS position
WHERE COUNT { (s)-[o:MENTIONS]->(:Territory) WHERE toString(o.position) = position } > 1
SET m.sharedOrder = m.stanceOrder
