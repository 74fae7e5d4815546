// Articles, newest first, with counts. $skip, $limit
MATCH (a:Article)
WITH a ORDER BY a.published IS NULL, a.published DESC, a.id
WITH collect(a) AS articles
RETURN size(articles) AS total, [a IN articles[$skip..$skip + $limit] | a {.id, .title, .publisher, .url, .published, .origin,
  statements: COUNT { (a)<-[:SOURCED_FROM]-(:Statement) },
  entities: COUNT { (a)-[:NAMES]->(:Entity) },
  speakers: COUNT { MATCH (a)<-[:SOURCED_FROM]-(:Statement)<-[:SAID]-(e:Entity) RETURN DISTINCT e }}] AS articles
