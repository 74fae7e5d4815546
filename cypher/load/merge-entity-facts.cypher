// Facts about entities: (Person)-[:HOLDS_ROLE {title, articles}]->(Organization|Territory),
// (Territory)-[:PART_OF {articles}]->(Territory) and
// (Territory)-[:ANNEXATION_CLAIMED_BY {year, recognised, articles}]->(Territory).
// `articles` holds the ids of the articles that assert the fact (sorted), so that a fact goes when the last article
// that gave it drops it or is deleted, and stays while another still gives it. First this article's support is taken
// from every fact it gave before (found through the entities it still NAMES: replace-names.cypher runs after this),
// then given to the facts of its new dataset, then facts that no article supports any more are deleted.
// Deleting an article runs this with empty lists. A fact written by the loader before facts had `articles` is left
// alone by the first step, since which articles gave it is unknown.
// $articleId; $roles: [{person, title, of}], $partOf: [{territory, parent}], $claims: [{territory, by, year, recognised}]
CALL () {
  MATCH (:Article {id: $articleId})-[:NAMES]->(:Entity)-[f:HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]->()
  WHERE $articleId IN f.articles
  SET f.articles = [id IN f.articles WHERE id <> $articleId]
}
CALL () {
  UNWIND $roles AS r
  MATCH (p:Person {id: r.person})
  MATCH (o:Entity {id: r.of})
  MERGE (p)-[role:HOLDS_ROLE {title: r.title}]->(o)
  SET role.articles = COLLECT { UNWIND coalesce(role.articles, []) + $articleId AS id RETURN DISTINCT id ORDER BY id }
}
CALL () {
  UNWIND $partOf AS l
  MATCH (t:Territory {id: l.territory})
  MATCH (parent:Territory {id: l.parent})
  MERGE (t)-[part:PART_OF]->(parent)
  SET part.articles = COLLECT { UNWIND coalesce(part.articles, []) + $articleId AS id RETURN DISTINCT id ORDER BY id }
}
CALL () {
  UNWIND $claims AS c
  MATCH (t:Territory {id: c.territory})
  MATCH (by:Territory {id: c.by})
  MERGE (t)-[claim:ANNEXATION_CLAIMED_BY]->(by)
  SET claim.year = coalesce(c.year, claim.year),
      claim.recognised = c.recognised,
      claim.articles = COLLECT { UNWIND coalesce(claim.articles, []) + $articleId AS id RETURN DISTINCT id ORDER BY id }
}
CALL () {
  MATCH (:Article {id: $articleId})-[:NAMES]->(:Entity)-[f:HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]->()
  WHERE f.articles = []
  DELETE f
}
