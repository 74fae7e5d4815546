// Removes an article and the statements sourced from it. Entities stay: other articles may name them.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (s:Statement)-[:SOURCED_FROM]->(a)
DETACH DELETE s
WITH DISTINCT a
DETACH DELETE a
RETURN count(a) AS deleted
