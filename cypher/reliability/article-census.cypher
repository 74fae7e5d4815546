// What the graph holds of each article, to compare with its dataset: whether the article is there and its text, each
// statement sourced from it with its speaker and span, the entities it NAMES, and every relationship of the types a
// dataset gives from its statements to statements and entities. Lists, not sets: a duplicate shows.
// $ids: [article id]; $linkTypes: the relationship types a dataset's statements have
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a IS NOT NULL AS present, a.text AS text,
  COLLECT {
    MATCH (a)<-[src:SOURCED_FROM]-(s:Statement)
    OPTIONAL MATCH (speaker)-[:SAID]->(s)
    RETURN s.id + ' said by ' + coalesce(speaker.id, '?') + ' at [' + src.start + ', ' + src.end + '): ' + s.text
  } AS statements,
  COLLECT { MATCH (a)-[:NAMES]->(e) RETURN e.id } AS names,
  COLLECT {
    MATCH (a)<-[:SOURCED_FROM]-(s:Statement)-[r]->(o)
    WHERE type(r) IN $linkTypes
    RETURN s.id + ' ' + type(r) + coalesce(' hop ' + r.hop, '') + coalesce(' position ' + r.position, '') + ' '
      + o.id
  } AS links
