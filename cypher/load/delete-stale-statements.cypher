// Statements that articles of a batch had before but their new datasets no longer have.
// $articles: [{id, statementIds}]
UNWIND $articles AS x
MATCH (s:Statement)-[:SOURCED_FROM]->(:Article {id: x.id})
WHERE NOT s.id IN x.statementIds
DETACH DELETE s
