// Entity.saidThroughOthers: how many of an entity's statements someone else relays (the statement has REPORTED_BY),
// kept on the node so that an entity's detail (query/entity.cypher) reads one property instead of looking at every
// statement the entity said (10,831 for the most quoted person of a 10,000-article corpus). Absent means 0.
// Exact by construction, as stances.cypher: SAID and REPORTED_BY never leave a dataset, so the loader runs this with
// $sign -1 over the articles of a batch that are about to be replaced or deleted, before anything of theirs changes,
// and with $sign +1 over the articles it wrote, after all their relationships are there. The work is that of the
// articles' own statements, whatever the speaker's size. A count that falls to 0 is removed.
// $articles: article ids, $sign: -1 or 1
UNWIND $articles AS articleId
MATCH (:Article {id: articleId})<-[:SOURCED_FROM]-(s:Statement)<-[:SAID]-(e:Entity)
WHERE EXISTS { (s)-[:REPORTED_BY]->() }
WITH e, count(*) AS n
SET e.saidThroughOthers = coalesce(e.saidThroughOthers, 0) + $sign * n
WITH e
WHERE e.saidThroughOthers = 0
REMOVE e.saidThroughOthers
