:param person => 'elon-musk';
// Which people replied to Musk, and how?
MATCH (replier:Person)-[:SAID]->(reply:Statement)-[:RESPONDS_TO]->(:Statement)<-[:SAID]-(:Person {id: $person})
RETURN replier.name AS replier, collect(DISTINCT reply.act) AS acts, collect(reply.text) AS replies
ORDER BY replier
