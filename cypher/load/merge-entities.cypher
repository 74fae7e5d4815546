// People, organizations, territories and groups; each also labelled Entity, whose constraint keeps ids unique
// across kinds. Shared with other articles: the name is the latest given, and optional facts keep their value
// unless the new dataset gives one. Aliases are not set here: each article's own aliases are kept on its
// (Article)-[:NAMES {aliases}]->(entity), and replace-names.cypher sets the entity's aliases (and nameText, which
// feeds the entity_names full-text index) from those of every article that still names it, so an alias leaves the
// entity when the last article that gave it drops it.
// $entities: [{id, label, name, kind, description, wikidata, confidence}]
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
SET n:$(e.label),
    n.name = e.name,
    n.kind = coalesce(e.kind, n.kind),
    n.description = coalesce(e.description, n.description),
    n.wikidata = coalesce(e.wikidata, n.wikidata),
    n.confidence = CASE WHEN n.confidence IS NULL OR e.confidence > n.confidence THEN e.confidence ELSE n.confidence END
