// (Territory)-[:ANNEXATION_CLAIMED_BY {year, recognised}]->(Territory)
UNWIND $claims AS c
MATCH (t:Territory {id: c.territory})
MATCH (by:Territory {id: c.by})
MERGE (t)-[claim:ANNEXATION_CLAIMED_BY]->(by)
SET claim.year = coalesce(c.year, claim.year),
    claim.recognised = c.recognised
