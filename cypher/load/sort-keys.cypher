// What lets a hub's first page be read in order without reading all of the hub (issue 9): each statement keeps the
// key of the order every list of statements shows, newest first, and the ids it is listed under; two composite
// indexes (schema.cypher) hold them in that order, so a page is an index seek that stops after $skip + $limit entries.
//
// - Statement.sortKey: a string that sorts ascending exactly as `ORDER BY when IS NULL, when DESC, article, start`,
//   where when = coalesce(s.date, a.published), article its article's id and start its span's start on SOURCED_FROM;
//   the statement's id last, so that no two keys are equal. Dated first ('0' and 99999999 - yyyymmdd on 8 digits,
//   so the newest day is the smallest), undated after ('1'); then the article id (a slug of [a-z0-9-], so a space
//   after it sorts "a" before "a-b" as the ids themselves do) and the start on 10 digits.
// - Statement.speaker: the id of the entity that SAID it (a statement has one speaker).
// - MENTIONS.entity and MENTIONS.sortKey: the id of the entity mentioned and the statement's sortKey.
// - Entity.repeatedMentions: true once a statement mentions the entity twice (two MENTIONS with different
//   positions). Then the entity's MENTIONS degree is not the number of statements that mention it, and the lists
//   count them the slow way. Never unset: a stale true costs speed, never correctness.
//
// The loader writes the same keys with each statement it writes (load.LoadPlan works them out from the dataset,
// create-statements.cypher and merge-statements.cypher set them; an edited article writes all of its statements again,
// so a key never outlives the date, article or span it was made from). This query gives them to a graph written by an
// older loader, once, in batches, when the loader first starts (DatasetLoader.upgradeOnce); SortKeyUpgradeTest checks
// that both give the same keys.
// $ids: statement ids
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
WITH s, coalesce(s.date, a.published) AS when, a.id AS article, src.start AS start
WITH s, CASE WHEN when IS NULL THEN '1'
          ELSE '0' + right('00000000' + toString(99999999 - (when.year * 10000 + when.month * 100 + when.day)), 8)
        END
        + ' ' + coalesce(article, '~') + ' '
        + CASE WHEN start IS NULL THEN '~' ELSE right('0000000000' + toString(start), 10) END
        + ' ' + s.id AS key
SET s.sortKey = key,
    s.speaker = head(COLLECT { MATCH (e:Entity)-[:SAID]->(s) RETURN e.id })
WITH s, key
CALL (s, key) {
  MATCH (s)-[m:MENTIONS]->(e:Entity)
  SET m.entity = e.id, m.sortKey = key
  WITH e, count(m) AS times
  WHERE times > 1
  SET e.repeatedMentions = true
}
