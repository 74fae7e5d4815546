:param territory => 'crimea';
// Who took a position on Crimea, and which?
MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[m:MENTIONS]->(:Territory {id: $territory})
WHERE m.position IS NOT NULL
RETURN speaker.name AS speaker, m.position AS position, s.text AS statement
ORDER BY speaker, position, statement
