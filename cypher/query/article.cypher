// One article: its text, the spans of its statements in text order (with the offsets of a statement in parts), and the
// entities it names. $id
MATCH (a:Article {id: $id})
RETURN a {.id, .title, .publisher, .url, .published, .origin, .text, .sha256} AS article,
  COLLECT {
    MATCH (a)<-[src:SOURCED_FROM]-(s:Statement)
    OPTIONAL MATCH (x:Entity)-[:SAID]->(s)
    WITH s, src, x ORDER BY src.start, src.end
    RETURN {id: s.id, start: src.start, end: src.end, act: s.act, verbatim: s.verbatim, text: s.text, parts: s.parts,
            speaker: x {.id, .name}}
  } AS statements,
  COLLECT {
    MATCH (a)-[:NAMES]->(e:Entity)
    WITH e ORDER BY e.name
    RETURN e {.id, .name, type: toLower([l IN labels(e) WHERE l <> 'Entity'][0])}
  } AS entities
