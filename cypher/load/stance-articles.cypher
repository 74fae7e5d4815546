// Every article, for the upgrade that counts a graph written without stances into them (needs-stances.cypher).
MATCH (a:Article)
RETURN a.id AS id
