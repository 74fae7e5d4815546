// The next batch of ids of utterances without definedBy after $after (null: from the first), in id order from the
// utterance_id index, so that a graph written by an older loader gets it (utterance-defined-by.cypher) in transactions
// of bounded size.
// $after: id or null, $batch
MATCH (u:Utterance)
WHERE u.id > coalesce($after, '') AND u.definedBy IS NULL
WITH u.id AS id
ORDER BY id
LIMIT $batch
RETURN collect(id) AS ids
