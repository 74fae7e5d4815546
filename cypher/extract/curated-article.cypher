// Whether an article id already holds curated statements: ingesting an extraction under that id would replace them.
OPTIONAL MATCH (a:Article {id: $id})<-[:SOURCED_FROM]-(s:Statement {origin: 'curated'})
RETURN count(s) > 0 AS curated
