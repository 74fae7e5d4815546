// The next batch of ids of utterances without outlets after $after (null: from the first), in id order from the
// utterance_id index, so that a graph written by an older loader gets them (utterance-outlets.cypher) in transactions
// of bounded size.
// $after: id or null, $batch
MATCH (u:Utterance)
WHERE u.id > coalesce($after, '') AND u.outlets IS NULL
WITH u.id AS id
ORDER BY id
LIMIT $batch
RETURN collect(id) AS ids
