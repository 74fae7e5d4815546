// Waits until every index is online, at most $seconds.
CALL db.awaitIndexes($seconds)
