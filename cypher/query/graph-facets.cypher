// What the explorer's filters offer: the most-quoted speakers (from the entity_statement_count index), territories by
// name, and the newest articles; each list capped. $max
RETURN
  COLLECT {
    MATCH (e:Entity) WHERE e.statementCount > 0
    WITH e ORDER BY e.statementCount DESC LIMIT $max
    RETURN e {.id, .name, count: e.statementCount}
  } AS speakers,
  COLLECT {
    MATCH (t:Territory)
    WITH t ORDER BY t.name LIMIT $max
    RETURN t {.id, .name}
  } AS territories,
  COLLECT {
    MATCH (a:Article)
    WITH a ORDER BY a.published DESC, a.id LIMIT $max
    RETURN a {.id, name: a.title}
  } AS articles
