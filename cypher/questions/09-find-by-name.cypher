:param name => 'nauseda';
// Find people, organizations and places by name or alias, ignoring case and diacritics ("nauseda", "@elonmusk").
CALL db.index.fulltext.queryNodes('entity_names', $name) YIELD node, score
RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type, score
ORDER BY score DESC
LIMIT 5
