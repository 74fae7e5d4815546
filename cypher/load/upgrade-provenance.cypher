// Converts a graph written by the loader's previous version (v2) once, in one transaction, before the present loader
// writes to it. v2 kept on each fact the ids of all the articles asserting it (`articles`), and on each entity the
// union of its aliases without counts. Now each article's NAMES lists the facts it asserts, and facts and entities
// keep counts (see merge-entities.cypher and update-facts.cypher). The datasets are re-loaded afterwards anyway (the
// loader's version is part of their fingerprint); this makes those re-loads start from the right counts.

// Each fact's articles: the fact's key goes onto the NAMES from each of them to the fact's subject.
MATCH (s:Entity)-[f:HOLDS_ROLE]->(o:Entity)
WHERE f.articles IS NOT NULL
CALL (s, f, o) {
  UNWIND f.articles AS id
  MATCH (:Article {id: id})-[n:NAMES]->(s)
  SET n.roles = coalesce(n.roles, []) + (f.title + ' of ' + o.id)
}
SET f.articleCount = size(f.articles), f.articleSample = f.articles[..5]
REMOVE f.articles;

MATCH (s:Entity)-[f:PART_OF]->(o:Entity)
WHERE f.articles IS NOT NULL
CALL (s, f, o) {
  UNWIND f.articles AS id
  MATCH (:Article {id: id})-[n:NAMES]->(s)
  SET n.partOf = coalesce(n.partOf, []) + o.id
}
SET f.articleCount = size(f.articles), f.articleSample = f.articles[..5]
REMOVE f.articles;

MATCH (s:Entity)-[f:ANNEXATION_CLAIMED_BY]->(o:Entity)
WHERE f.articles IS NOT NULL
CALL (s, f, o) {
  UNWIND f.articles AS id
  MATCH (:Article {id: id})-[n:NAMES]->(s)
  SET n.annexationClaimedBy = coalesce(n.annexationClaimedBy, []) + o.id
}
SET f.articleCount = size(f.articles), f.articleSample = f.articles[..5]
REMOVE f.articles;

// A NAMES older still (v1) had no aliases of its own; v2 counted it as giving the entity's present aliases.
MATCH (:Article)-[n:NAMES]->(e:Entity)
WHERE n.aliases IS NULL
SET n.aliases = coalesce(e.aliases, []);

// Alias counts from the NAMES, in the order merge-entities.cypher keeps.
MATCH (e:Entity)
WHERE e.aliasCounts IS NULL
WITH e, COLLECT {
  MATCH (:Article)-[n:NAMES]->(e)
  UNWIND n.aliases AS alias
  WITH alias, count(*) AS count ORDER BY toLower(alias), alias
  RETURN {alias: alias, count: count}
} AS kept
SET e.aliases = [k IN kept | k.alias], e.aliasCounts = [k IN kept | k.count]
SET e.nameText = reduce(text = e.name, alias IN e.aliases | text + '\n' + alias);
