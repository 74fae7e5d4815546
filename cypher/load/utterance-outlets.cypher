// Utterance.outlets for a graph written before the loader kept it: the ids of the outlets that published an article
// carrying an occurrence of the utterance, each once, in id order; [] when none has an outlet. The loader keeps the
// same list as it links (link.Utterances, link/describe-utterances.cypher); this gives it to older utterances, once, in
// batches, when the loader first starts (DatasetLoader.upgradeOnce). The work is that of the utterances' own
// occurrences: at a million statements, one walk of every OCCURRENCE_OF, SOURCED_FROM and PUBLISHED_BY.
// $ids: utterance ids
UNWIND $ids AS id
MATCH (u:Utterance {id: id})
SET u.outlets = COLLECT {
  MATCH (u)<-[:OCCURRENCE_OF]-(:Statement)-[:SOURCED_FROM]->(:Article)-[:PUBLISHED_BY]->(o:Organization)
  WITH DISTINCT o.id AS outlet
  RETURN outlet ORDER BY outlet
}
