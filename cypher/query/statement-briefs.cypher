// Statements as path explanations speak of them: words, act, whether verbatim, speaker, and the source span with
// its exact evidence (so that only words equal to their evidence are quoted); for a statement in parts, the offsets
// of its parts and the article's text at each (partEvidence), so that each part is quoted only when equal to it.
// $ids: [statement id]
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (x:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
RETURN s.id AS id, s.text AS text, s.verbatim AS verbatim, s.act AS act,
       CASE WHEN x IS NULL THEN null
         ELSE x {.id, .name, type: toLower([l IN labels(x) WHERE l <> 'Entity'][0])} END AS speaker,
       a.id AS articleId, src.start AS start, src.end AS end,
       CASE WHEN a IS NULL THEN null ELSE substring(a.text, src.start, src.end - src.start) END AS evidence,
       s.parts AS parts,
       CASE WHEN a IS NULL OR s.parts IS NULL THEN null
         ELSE [i IN range(0, size(s.parts) - 2, 2) | substring(a.text, s.parts[i], s.parts[i + 1] - s.parts[i])]
       END AS partEvidence
