// Every article, for the upgrades that count a graph written without stances into them (needs-stances.cypher) and
// one written without relayed counts (needs-relayed-counts.cypher).
MATCH (a:Article)
RETURN a.id AS id
