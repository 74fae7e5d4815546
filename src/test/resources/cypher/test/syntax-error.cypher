// Not Cypher, for the database's syntax error (ReadPathsTest).
MATCH (n RETURN n
