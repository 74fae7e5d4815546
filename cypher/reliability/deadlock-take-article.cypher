// The other client of the deadlock proof asks for the article node the server's transaction holds: the deadlock.
MERGE (:Article {id: $id})
