// (Statement)-[:REPORTS|RESPONDS_TO|DENIES]->(Statement); $links: [{from, to, type}]
UNWIND $links AS l
MATCH (from:Statement {id: l.from})
MATCH (to:Statement {id: l.to})
FOREACH (_ IN CASE WHEN l.type = 'REPORTS' THEN [1] ELSE [] END | MERGE (from)-[:REPORTS]->(to))
FOREACH (_ IN CASE WHEN l.type = 'RESPONDS_TO' THEN [1] ELSE [] END | MERGE (from)-[:RESPONDS_TO]->(to))
FOREACH (_ IN CASE WHEN l.type = 'DENIES' THEN [1] ELSE [] END | MERGE (from)-[:DENIES]->(to))
