// Statements as path explanations speak of them: words, act, whether verbatim, speaker, and the source span with
// its exact evidence (so that only words equal to their evidence are quoted); for a statement in parts, the offsets
// of its parts, whose text PathQueries cuts out of the evidence, so that each part is quoted only when equal to it.
// The evidence is the one the loader stored (Java's substring, in UTF-16 offsets like the spans): Cypher's substring
// counts code points, so it would shift by one character for every emoji or other astral character before the span.
// $ids: [statement id]
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (x:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
RETURN s.id AS id, s.text AS text, s.verbatim AS verbatim, s.act AS act,
       CASE WHEN x IS NULL THEN null
         ELSE x {.id, .name, type: toLower([l IN labels(x) WHERE l <> 'Entity'][0])} END AS speaker,
       a.id AS articleId, src.start AS start, src.end AS end,
       CASE WHEN a IS NULL THEN null ELSE s.evidence END AS evidence,
       s.parts AS parts
