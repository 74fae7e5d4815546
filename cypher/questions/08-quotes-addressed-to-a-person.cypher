:param person => 'elon-musk';
// Which words were addressed to Musk directly, and where does the article print them?
MATCH (speaker:Entity)-[:SAID]->(s:Statement {verbatim: true})-[:ADDRESSED_TO]->(:Entity {id: $person})
MATCH (s)-[src:SOURCED_FROM]->(a:Article)
RETURN speaker.name AS speaker, s.text AS quote, a.title AS article, src.start AS start, src.end AS end,
       s.evidence AS evidence
ORDER BY start
