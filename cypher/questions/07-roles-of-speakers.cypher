// What roles does the article give the people who speak in it?
MATCH (p:Person)-[h:HOLDS_ROLE]->(of:Entity)
WHERE (p)-[:SAID]->(:Statement)
RETURN p.name AS person, h.title AS role, of.name AS of
ORDER BY person, role
