// The other client of the deadlock proof: creates, in a transaction it keeps open, the statement the server's
// transaction will need ($id) and $n filler statements ($prefix + i), so that it holds far more locks than the
// server's transaction and Neo4j, breaking the deadlock, fails the server's.
MERGE (:Statement {id: $id})
WITH 1 AS one
UNWIND range(1, $n) AS i
MERGE (:Statement {id: $prefix + i})
