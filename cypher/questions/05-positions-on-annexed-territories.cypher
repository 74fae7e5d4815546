:param claimant => 'russia';
// What stance did each speaker take on the territories Russia claims to have annexed?
MATCH (t:Territory)-[:ANNEXATION_CLAIMED_BY]->(:Territory {id: $claimant})
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[m:MENTIONS]->(t)
WHERE m.position IS NOT NULL
RETURN speaker.name AS speaker, m.position AS position, collect(DISTINCT t.name) AS territories
ORDER BY speaker, position
