// Whether the graph holds utterances written before the loader kept their outlets (Utterance.outlets,
// link/describe-utterances.cypher), which the statement cards and an utterance's detail read. Stops at the first one
// found; on an up-to-date graph it reads one property of every utterance (only when the format marker is older,
// graph-format.cypher).
RETURN EXISTS { MATCH (u:Utterance) WHERE u.outlets IS NULL } AS needed
