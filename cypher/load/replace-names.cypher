// (Article)-[:NAMES {aliases}]->(entity): replaced as a whole, since the dataset lists every entity the article
// names, each with the aliases this article gives it. Deleting an article runs this with no names at all.
// Then every entity whose names changed gets aliases = the ordered, duplicate-free union of the aliases of all
// articles that name it (in article id order, so the result does not depend on the order of loading), and
// nameText = name + aliases, one a line, for the entity_names full-text index. A NAMES written by the loader before
// it kept aliases per article has none of its own: it keeps the entity's present aliases, since which of them that
// article gave is unknown (a restart re-loads every dataset under saidgraph.datasets once, which writes them).
// Returns the ids of the entities the article named before and names no longer: if nothing else holds on to them,
// delete-unreferenced-entities.cypher removes them once the article's statements are rewritten.
// $articleId; $names: [{id, aliases}]
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[old:NAMES]->(dropped:Entity)
WHERE NOT dropped.id IN [n IN $names | n.id]
DELETE old
WITH a, collect(dropped) AS dropped
CALL (a) {
  UNWIND $names AS n
  MATCH (e:Entity {id: n.id})
  MERGE (a)-[names:NAMES]->(e)
  SET names.aliases = n.aliases
  RETURN collect(e) AS named
}
CALL (dropped, named) {
  UNWIND dropped + named AS e
  WITH e, COLLECT {
    MATCH (other:Article)-[names:NAMES]->(e)
    RETURN coalesce(names.aliases, e.aliases, []) AS given ORDER BY other.id
  } AS givenByArticle
  SET e.aliases = reduce(all = [], given IN givenByArticle |
        reduce(acc = all, alias IN given | CASE WHEN alias IN acc THEN acc ELSE acc + alias END))
  SET e.nameText = reduce(text = e.name, alias IN e.aliases | text + '\n' + alias)
}
RETURN [e IN dropped | e.id] AS dropped
