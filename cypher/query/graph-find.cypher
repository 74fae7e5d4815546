// The node an explorer element id names: an entity or a statement by its id, an article by 'article:' + its id (the
// prefix keeps an article apart from an entity of the same id), a stance by 'stance:' + its key.
// $id, $articleId (the id without 'article:'), $stanceKey (the id without 'stance:')
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION ALL
  MATCH (n:Statement {id: $id}) RETURN n
  UNION ALL
  MATCH (n:Article {id: $articleId}) RETURN n
  UNION ALL
  MATCH (n:Stance {key: $stanceKey}) RETURN n
}
RETURN elementId(n) AS node
LIMIT 1
