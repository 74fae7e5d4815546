// Before an article is loaded again or deleted: its PUBLISHED_BY goes, and an outlet that nothing else holds on to
// any more (no other article, no NAMES, no statement) goes with it.
// $articleIds
UNWIND $articleIds AS id
MATCH (:Article {id: id})-[p:PUBLISHED_BY]->(o:Organization)
DELETE p
WITH DISTINCT o
WHERE NOT EXISTS { (o)--() }
DELETE o
