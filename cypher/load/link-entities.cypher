// (Statement)-[:REPORTED_BY {hop}]->(Person|Organization), hop 1 being nearest the speaker;
// (Statement)-[:ADDRESSED_TO]->(Person|Organization); (Statement)-[:MENTIONS {position?, entity, sortKey}]->(entity),
// entity and sortKey being those of load/sort-keys.cypher, worked out by the loader. Created after
// merge-statements.cypher cleared the statements' outgoing relationships.
// $links: [{statement, entity, type, properties: {hop?, position?, entity?, sortKey?}}], without repeats
UNWIND $links AS l
MATCH (s:Statement {id: l.statement})
MATCH (e:Entity {id: l.entity})
CREATE (s)-[r:$(l.type)]->(e)
SET r = l.properties
