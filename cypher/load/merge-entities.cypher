// People, organizations, territories and groups; each also labelled Entity, whose constraint keeps ids unique
// across kinds. Shared with other articles: the name is the latest given, aliases accumulate, and optional facts
// keep their value unless the new dataset gives one. nameText feeds the entity_names full-text index.
// $entities: [{id, label, name, aliases, kind, description, wikidata, confidence}]
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
SET n:$(e.label),
    n.name = e.name,
    n.aliases = reduce(all = coalesce(n.aliases, []), a IN e.aliases | CASE WHEN a IN all THEN all ELSE all + a END),
    n.kind = coalesce(e.kind, n.kind),
    n.description = coalesce(e.description, n.description),
    n.wikidata = coalesce(e.wikidata, n.wikidata),
    n.confidence = CASE WHEN n.confidence IS NULL OR e.confidence > n.confidence THEN e.confidence ELSE n.confidence END
SET n.nameText = reduce(text = n.name, a IN n.aliases | text + '\n' + a)
