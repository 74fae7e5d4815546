:param claimant => 'russia';
// Which territories does Russia claim to have annexed, since when, and is it recognised?
MATCH (t:Territory)-[c:ANNEXATION_CLAIMED_BY]->(:Territory {id: $claimant})
OPTIONAL MATCH (t)-[:PART_OF]->(parent:Territory)
RETURN t.name AS territory, c.year AS year, c.recognised AS recognised, collect(parent.name) AS partOf
ORDER BY year, territory
