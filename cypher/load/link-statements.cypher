// (Statement)-[:REPORTS|RESPONDS_TO|DENIES]->(Statement), created after merge-statements.cypher cleared the
// statements' outgoing relationships. $links: [{from, to, type}], without repeats
UNWIND $links AS l
MATCH (from:Statement {id: l.from})
MATCH (to:Statement {id: l.to})
CREATE (from)-[:$(l.type)]->(to)
