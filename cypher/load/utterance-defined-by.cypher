// Utterance.definedBy for a graph written before the loader kept it: the statement id of the occurrence whose text
// the utterance has (link.Utterances: the longest quotation, else the earliest report). Among the occurrences with
// exactly that text and kind, the one link.Utterances picks is the earliest said, then the first id (undated last):
// any other occurrence would have given another text. Null when no occurrence has the utterance's text (a graph
// whose utterances an older loader described otherwise): the loader then describes that utterance from all its
// occurrences the next time one joins it, which sets it. Given once, in batches, when the loader first starts
// (DatasetLoader.upgradeOnce); the work is that of the utterances' own occurrences.
// $ids: utterance ids
UNWIND $ids AS id
MATCH (u:Utterance {id: id})
SET u.definedBy = COLLECT {
  MATCH (u)<-[:OCCURRENCE_OF]-(s:Statement)
  WHERE s.text = u.text AND s.verbatim = coalesce(u.verbatim, false)
  WITH s ORDER BY s.date, s.id
  RETURN s.id
}[0]
