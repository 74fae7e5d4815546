:param statement => 'musk-ukraine-peace-plan.bremmer-claims-musk-spoke-to-putin';
// Whose words does a claim carry? Follows REPORTS from the claim to the words first spoken.
MATCH path = (:Statement {id: $statement})-[:REPORTS*]->(origin:Statement)
WHERE NOT (origin)-[:REPORTS]->()
RETURN [s IN nodes(path) | head([(who:Entity)-[:SAID]->(s) | who.name])] AS chain, origin.text AS originalWords
ORDER BY size(chain) DESC, originalWords
