// People, organizations, territories and groups; each also labelled Entity, whose constraint keeps ids unique across
// kinds. One row per entity of a batch of articles. The name is the latest given, optional facts keep their value
// unless a new dataset gives one, and confidence is the highest given.
// aliases is kept sorted (case-insensitively), with aliasCounts beside it: aliasCounts[i] is the number of articles
// whose NAMES give aliases[i]. A batch passes, per entity, by how much each alias's count changes (+1 for an article
// that now gives it, -1 for one that no longer does), so an alias goes when the last article that gave it drops it,
// and the cost does not depend on how many articles name the entity. nameText (name and aliases, one a line) feeds
// the entity_names full-text index; it is written only when it changes, since every write re-indexes it.
// An entity that articles of the batch stop naming comes with its label and no name.
// $entities: [{id, label, name, kind, description, wikidata, confidence, aliasChanges: [{alias, delta}]}]
UNWIND $entities AS x
MERGE (n:Entity {id: x.id})
SET n:$(x.label),
    n.name = coalesce(x.name, n.name),
    n.kind = coalesce(x.kind, n.kind),
    n.description = coalesce(x.description, n.description),
    n.wikidata = coalesce(x.wikidata, n.wikidata),
    n.confidence = CASE WHEN n.confidence IS NULL OR x.confidence > n.confidence THEN x.confidence
                        ELSE n.confidence END
WITH n, x
CALL (n, x) {
  // Only when some alias count changes, or the entity is new.
  WITH * WHERE size(x.aliasChanges) > 0 OR n.aliasCounts IS NULL
  WITH n, x, coalesce(n.aliases, []) AS before, coalesce(n.aliasCounts, []) AS counts
  WITH n, [i IN range(0, size(before) - 1) | {alias: before[i], count: coalesce(counts[i], 1)}]
          + [c IN x.aliasChanges | {alias: c.alias, count: c.delta}] AS entries
  WITH n, COLLECT {
    UNWIND entries AS e
    WITH e.alias AS alias, sum(e.count) AS count
    WHERE count > 0
    WITH alias, count ORDER BY toLower(alias), alias
    RETURN {alias: alias, count: count}
  } AS kept
  SET n.aliases = [k IN kept | k.alias], n.aliasCounts = [k IN kept | k.count]
}
WITH n, reduce(text = n.name, alias IN n.aliases | text + '\n' + alias) AS nameText
CALL (n, nameText) {
  WITH * WHERE n.nameText IS NULL OR n.nameText <> nameText
  SET n.nameText = nameText
}
