// Whether the graph holds utterances written before the loader kept the occurrence that defines each one
// (Utterance.definedBy, link/describe-utterances.cypher), which lets it add occurrences without reading the others.
// Stops at the first one found; on an up-to-date graph it reads one property of every utterance (only when the format
// marker is older, graph-format.cypher).
RETURN EXISTS { MATCH (u:Utterance) WHERE u.definedBy IS NULL } AS needed
