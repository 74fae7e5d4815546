// The node an explorer element id names: an entity or a statement by its id, an article by 'article:' + its id (the
// prefix keeps an article apart from an entity of the same id). $id, $articleId (the id without 'article:')
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION ALL
  MATCH (n:Statement {id: $id}) RETURN n
  UNION ALL
  MATCH (n:Article {id: $articleId}) RETURN n
}
RETURN elementId(n) AS node
LIMIT 1
