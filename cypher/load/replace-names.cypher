// (Article)-[:NAMES]->(entity): replaced as a whole, since the dataset lists every entity the article names.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[old:NAMES]->()
DELETE old
WITH DISTINCT a
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
MERGE (a)-[:NAMES]->(e)
