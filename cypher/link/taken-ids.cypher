// The utterances that describe-utterances.cypher could not give their content-derived id, because another utterance
// has it already: the same speaker's same words, so CorpusLinks joins them into that one.
// $utterances: [{id, newId}]
UNWIND $utterances AS x
MATCH (u:Utterance {id: x.id})
MATCH (o:Utterance {id: x.newId})
WHERE o <> u
RETURN u.id AS id, o.id AS taken
