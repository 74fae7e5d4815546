// The benchmark's naive loader (BENCHMARKS.md): what a first loader looks like, one statement per transaction and
// everything MERGEd by id, the statement's article, speaker and the entities it names included.
// $article: {id, title, text}; $speaker: {id, label, name}; $statement: {id, text, verbatim, act, start, end};
// $entities: [{id, label, name, type, position}] (MENTIONS, ADDRESSED_TO, REPORTED_BY); $statements: [{id, type}]
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.text = $article.text
MERGE (speaker:Entity {id: $speaker.id})
SET speaker:$($speaker.label), speaker.name = $speaker.name
MERGE (s:Statement {id: $statement.id})
SET s.text = $statement.text, s.verbatim = $statement.verbatim, s.act = $statement.act
MERGE (speaker)-[:SAID]->(s)
MERGE (s)-[src:SOURCED_FROM]->(a)
SET src.start = $statement.start, src.end = $statement.end
FOREACH (x IN $entities |
  MERGE (e:Entity {id: x.id})
  SET e:$(x.label), e.name = x.name
  MERGE (s)-[r:$(x.type)]->(e)
  SET r.position = x.position)
FOREACH (x IN $statements |
  MERGE (other:Statement {id: x.id})
  MERGE (s)-[:$(x.type)]->(other))
