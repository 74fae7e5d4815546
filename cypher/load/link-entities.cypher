// (Statement)-[:REPORTED_BY {hop}]->(Person|Organization), hop 1 being nearest the speaker;
// (Statement)-[:ADDRESSED_TO]->(Person|Organization); (Statement)-[:MENTIONS {position}]->(entity).
// $links: [{statement, entity, type, hop, position}]
UNWIND $links AS l
MATCH (s:Statement {id: l.statement})
MATCH (e:Entity {id: l.entity})
FOREACH (_ IN CASE WHEN l.type = 'REPORTED_BY' THEN [1] ELSE [] END | MERGE (s)-[:REPORTED_BY {hop: l.hop}]->(e))
FOREACH (_ IN CASE WHEN l.type = 'ADDRESSED_TO' THEN [1] ELSE [] END | MERGE (s)-[:ADDRESSED_TO]->(e))
FOREACH (_ IN CASE WHEN l.type = 'MENTIONS' THEN [1] ELSE [] END |
  MERGE (s)-[m:MENTIONS]->(e)
  SET m.position = l.position)
