// Removes articles and the statements sourced from them. DatasetLoader.delete first takes their NAMES away with what
// they gave (write-names.cypher, merge-entities.cypher, update-facts.cypher), and afterwards deletes the entities that
// only they named (delete-unreferenced-entities.cypher), all in one transaction.
// $ids: article ids
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (s:Statement)-[:SOURCED_FROM]->(a)
  DETACH DELETE s
}
DETACH DELETE a
