// How many nodes of each label and relationships of each type the graph holds, as [name, count] pairs, and what no
// article holds on to: statements sourced from no article, entities no article names or is published by. After a load, and after a
// crash in the middle of one, both must be 0.
CALL () { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS c RETURN collect([label, c]) AS labels }
CALL () { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS c RETURN collect([type, c]) AS types }
CALL () { MATCH (s:Statement) WHERE NOT (s)-[:SOURCED_FROM]->(:Article) RETURN count(s) AS orphanStatements }
CALL () { MATCH (e:Entity) WHERE NOT (:Article)-[:NAMES]->(e) AND NOT (:Article)-[:PUBLISHED_BY]->(e)
         RETURN count(e) AS orphanEntities }
// Outlets that no article names: organizations the loader made from articles' publishers (PUBLISHED_BY), which the
// datasets' entities do not count.
CALL () { MATCH (e:Entity) WHERE NOT (:Article)-[:NAMES]->(e) AND (:Article)-[:PUBLISHED_BY]->(e)
         RETURN count(e) AS outletsOnly }
RETURN labels, types, orphanStatements, orphanEntities, outletsOnly
