// (Territory)-[:PART_OF]->(Territory)
UNWIND $links AS l
MATCH (t:Territory {id: l.territory})
MATCH (parent:Territory {id: l.parent})
MERGE (t)-[:PART_OF]->(parent)
