// How much the graph holds, by kind.
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Statement) RETURN count(n) AS statements }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH (n:Territory) RETURN count(n) AS territories }
CALL () { MATCH (n:Group) RETURN count(n) AS groups }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN articles, statements, people, organizations, territories, groups, relationships
