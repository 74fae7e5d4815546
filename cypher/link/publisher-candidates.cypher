// Organizations whose name or an alias may be an article's publisher, through the entity_names full-text index
// (case and diacritics folded); CorpusLinks keeps one whose name or alias is the publisher's name, folded.
// $phrase: the publisher's name as a quoted Lucene phrase
CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: 20}) YIELD node
WHERE node:Organization
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases
