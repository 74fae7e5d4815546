// Organization entities. Shared with other articles: the name is the latest given, aliases accumulate, and optional facts
// keep their value unless the new dataset gives one. nameText feeds the entity_names full-text index.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
SET n:Organization,
    n.name = e.name,
    n.aliases = reduce(all = coalesce(n.aliases, []), a IN e.aliases | CASE WHEN a IN all THEN all ELSE all + a END),
    n.kind = e.kind,
    n.wikidata = coalesce(e.wikidata, n.wikidata),
    n.confidence = CASE WHEN n.confidence IS NULL OR e.confidence > n.confidence THEN e.confidence ELSE n.confidence END
SET n.nameText = reduce(text = n.name, a IN n.aliases | text + '\n' + a)
