// Statements of some articles for bench query: each with whether others reply to it or deny it (its thread is then
// more than itself). $articles: article ids
UNWIND $articles AS id
MATCH (s:Statement)-[:SOURCED_FROM]->(:Article {id: id})
RETURN s.id AS id, EXISTS { (s)<-[:RESPONDS_TO|DENIES]-() } AS answered
