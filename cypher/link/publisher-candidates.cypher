// Organizations whose name or an alias may be an article's publisher, through the entity_names full-text index
// (case and diacritics folded); CorpusLinks keeps one whose name or alias is the publisher's name, folded. Every
// outlet of a batch is asked in one read transaction (one per publisher cost a transaction per article and outlet:
// 2,652 per 10,000 generated articles); each phrase's organizations come in the index's order, as asked alone.
// $phrases: the publishers' names, each as a quoted Lucene phrase
UNWIND range(0, size($phrases) - 1) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes('entity_names', $phrases[i], {limit: 20}) YIELD node
  WHERE node:Organization
  RETURN collect({id: node.id, name: node.name, aliases: coalesce(node.aliases, [])}) AS organizations
}
RETURN i, organizations
