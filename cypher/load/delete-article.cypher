// Removes an article and the statements sourced from it. DatasetLoader.delete first takes the article's support from
// its entity facts (merge-entity-facts.cypher) and its names and aliases (replace-names.cypher), and afterwards
// deletes the entities that only it named (delete-unreferenced-entities.cypher), all in one transaction.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (s:Statement)-[:SOURCED_FROM]->(a)
DETACH DELETE s
WITH DISTINCT a
DETACH DELETE a
RETURN count(a) AS deleted
