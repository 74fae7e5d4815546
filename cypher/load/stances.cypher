// Stances: the positions taken on each territory, counted at load time so that /api/territories/{id}/positions
// reads a few counts instead of grouping every statement about a much-mentioned territory on every request.
//   (:Stance {key, territory, position, statements, firstHand, disputed, firstHandDisputed, speakers,
//             firstHandSpeakers})-[:ON]->(:Territory)
//   (:Entity)-[:TAKES {stance, statements, firstHand, rank, firstHandRank}]->(:Stance)   one per speaker who took it
//   (:Statement)-[:MENTIONS {position, stanceOrder, sharedOrder}]->(:Territory)
// key (and TAKES.stance) is the territory's id, a space and the position. statements counts the
// statements taking the position there; firstHand those of them nothing relays, disputed those denied (or relaying a
// denied one), firstHandDisputed those that are both, as statement-cards.cypher derives them; speakers and
// firstHandSpeakers how many TAKES have a statement, and a first-hand one.
// Sort keys, each read in the order of its single-property index (schema.cypher; Neo4j 5.26 reads a relationship
// index in order only on one property): MENTIONS.stanceOrder is the key, the article's id and the statement's start
// (10 digits), so that a stance's statements come in text order (by article, then place); TAKES.rank is the key and
// the statement count (10 digits), so that a stance's most frequent speakers come first, and TAKES.firstHandRank the
// same for first-hand statements (absent when there are none). A space sorts before any character of a slug.
// Exact by construction: firstHand and disputed depend only on the statement's own article (REPORTS, DENIES and
// REPORTED_BY never leave a dataset), so the loader runs this with $sign -1 over the articles of a batch that are about
// to be replaced or deleted, before anything of theirs changes, and with $sign +1 over the articles it wrote, after all
// their relationships are there. The work is that of the articles' own statements, whatever the territory's size.
// MENTIONS.sharedOrder is stanceOrder again, kept only on the mentions whose statement takes the same position on
// another territory too (absent otherwise): the few statements that the stances of a territory and its parts count
// twice, which territory-positions-across.cypher reads from their index to count them once. Whether a statement is
// such is counted from its own mentions alone (more than one of that position), in a part of the query after the
// first SET, and toString(o.position) keeps the planner from the MENTIONS(position) index: written as EXISTS { …
// o.position = m.position } beside the first WITH, the plan made over an empty graph (kept by replan=skip) sought
// every mention of that position in the whole graph for each row, a cost that grew with the graph (17 of 73 CPU-s of
// a 10k load), and other forms made the planner scan the articles instead of seeking the batch's, hence the hint above.
// A stance or TAKES whose count falls to 0 is removed.
// $articles: article ids, $sign: -1 or 1
UNWIND $articles AS articleId
MATCH (a:Article {id: articleId})
USING INDEX SEEK a:Article(id)
// The WITH ends a part of the query, so the article is sought by its id first; INDEX SEEK, since a plain index hint
// may be met by scanning the index (LoadQueriesTest saw it, the plan depending on the test graph's statistics).
WITH a
MATCH (a)<-[src:SOURCED_FROM]-(s:Statement)-[m:MENTIONS]->(t:Territory)
WHERE m.position IS NOT NULL
OPTIONAL MATCH (e:Entity)-[:SAID]->(s)
WITH a, src, s, m, t, e, t.id + ' ' + m.position AS key,
     NOT EXISTS { (s)-[:REPORTED_BY]->(:Entity) } AND NOT EXISTS { (s)<-[:REPORTS]-(:Statement) } AS firstHand,
     EXISTS { (s)<-[:REPORTS*0..10]-(:Statement)<-[:DENIES]-(:Statement) } AS disputed
SET m.stanceOrder = key + ' ' + a.id + ' ' + right('000000000' + toString(src.start), 10)
WITH s, m, t, e, key, firstHand, disputed,
     COUNT { (s)-[o:MENTIONS]->(:Territory) WHERE toString(o.position) = m.position } > 1 AS shared
SET m.sharedOrder = CASE WHEN shared THEN m.stanceOrder END
WITH key, t, m.position AS position, e,
     count(*) AS n,
     sum(CASE WHEN firstHand THEN 1 ELSE 0 END) AS firstHandN,
     sum(CASE WHEN disputed THEN 1 ELSE 0 END) AS disputedN,
     sum(CASE WHEN firstHand AND disputed THEN 1 ELSE 0 END) AS bothN
MERGE (st:Stance {key: key})
  ON CREATE SET st.territory = t.id, st.position = position, st.statements = 0, st.firstHand = 0, st.disputed = 0,
                st.firstHandDisputed = 0, st.speakers = 0, st.firstHandSpeakers = 0
MERGE (st)-[:ON]->(t)
SET st.statements = st.statements + $sign * n,
    st.firstHand = st.firstHand + $sign * firstHandN,
    st.disputed = st.disputed + $sign * disputedN,
    st.firstHandDisputed = st.firstHandDisputed + $sign * bothN
WITH st, e, n, firstHandN
CALL (st, e, n, firstHandN) {
  WITH st, e, n, firstHandN WHERE e IS NOT NULL
  MERGE (e)-[r:TAKES]->(st)
    ON CREATE SET r.stance = st.key, r.statements = 0, r.firstHand = 0
  WITH st, r, r.statements AS before, r.firstHand AS firstHandBefore
  SET r.statements = before + $sign * n, r.firstHand = firstHandBefore + $sign * firstHandN
  SET r.rank = st.key + ' ' + right('000000000' + toString(r.statements), 10),
      r.firstHandRank = CASE WHEN r.firstHand > 0 THEN st.key + ' ' + right('000000000' + toString(r.firstHand), 10) END
  SET st.speakers = st.speakers + CASE WHEN before = 0 AND r.statements > 0 THEN 1
                                        WHEN before > 0 AND r.statements = 0 THEN -1 ELSE 0 END,
      st.firstHandSpeakers = st.firstHandSpeakers + CASE WHEN firstHandBefore = 0 AND r.firstHand > 0 THEN 1
                                                          WHEN firstHandBefore > 0 AND r.firstHand = 0 THEN -1 ELSE 0 END
  WITH r WHERE r.statements = 0
  DELETE r
}
WITH DISTINCT st
WHERE st.statements = 0
DETACH DELETE st
