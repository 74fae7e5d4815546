// Realistic parameters for bench query: the most and least quoted people, the most and least mentioned territories,
// and the organizations most named. Degrees are read from Neo4j's per-type counts, so this looks at each entity once.
// The least quoted and least mentioned are those with the fewest, whatever their number: a fixed ceiling (at most 3
// statements, at most 20 mentions) found nobody in a large corpus, where every person of the pool has said more, and
// the bench then measured neither a rare person nor paths (which pair popular and rare people).
// $popular: how many of the most quoted; $rare: how many of the least
CALL () {
  MATCH (p:Person)
  WITH p, COUNT { (p)-[:SAID]->() } AS said
  WHERE said > 0
  WITH p, said ORDER BY said DESC, p.id LIMIT $popular
  RETURN collect({id: p.id, name: p.name, count: said}) AS popularSpeakers
}
CALL () {
  MATCH (p:Person)
  WITH p, COUNT { (p)-[:SAID]->() } AS said
  WHERE said > 0
  WITH p, said ORDER BY said, p.id LIMIT $rare
  RETURN collect({id: p.id, name: p.name, count: said}) AS rareSpeakers
}
CALL () {
  MATCH (t:Territory)
  WITH t, COUNT { (t)<-[:MENTIONS]-() } AS mentioned
  WHERE mentioned > 0
  WITH t, mentioned ORDER BY mentioned DESC, t.id LIMIT $popular
  RETURN collect({id: t.id, name: t.name, count: mentioned}) AS popularTerritories
}
CALL () {
  MATCH (t:Territory)
  WITH t, COUNT { (t)<-[:MENTIONS]-() } AS mentioned
  WHERE mentioned > 0
  WITH t, mentioned ORDER BY mentioned, t.id LIMIT $rare
  RETURN collect({id: t.id, name: t.name, count: mentioned}) AS rareTerritories
}
CALL () {
  MATCH (o:Organization)
  WITH o, COUNT { (o)<-[:NAMES]-() } AS named
  WITH o, named ORDER BY named DESC, o.id LIMIT $popular
  RETURN collect({id: o.id, name: o.name, count: named}) AS organizations
}
RETURN popularSpeakers, rareSpeakers, popularTerritories, rareTerritories, organizations
