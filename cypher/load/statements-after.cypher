// The next batch of statement ids after $after (null: from the first), in id order from the statement_id index, so
// that a graph written by an older loader gets its sort keys (sort-keys.cypher) in transactions of bounded size.
// $after: id or null, $batch
MATCH (s:Statement)
WHERE s.id > coalesce($after, '')
WITH s.id AS id
ORDER BY id
LIMIT $batch
RETURN collect(id) AS ids
