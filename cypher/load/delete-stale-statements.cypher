// Statements the article had before but its new dataset no longer has.
MATCH (s:Statement)-[:SOURCED_FROM]->(:Article {id: $articleId})
WHERE NOT s.id IN $statementIds
DETACH DELETE s
