// Statements in full context, in the order of $ids: speaker, relay chain (hop 1 nearest the speaker), what each
// reports and what reports it, what it replies to or denies and the replies and denials it drew, whom it addresses,
// what it mentions (with the position taken on a territory), and its source span with the text around it.
// The statements that reply to, deny or relay it are listed up to 100 each, with the count of all.
// Derived here, never stored: firstHand is true when nothing relays the statement (no REPORTED_BY, no statement
// REPORTS it); disputedBy lists the statements that deny it or deny a statement relaying it, at any depth up the
// REPORTS chain (Musk's denials of Bremmer's claim dispute the demands of Putin that the claim relays).
// utterance: the utterance the statement is an occurrence of (the same words of the same speaker in other articles),
// with how this statement matches its text, its number of occurrences, the first and last days an article carried it
// and the outlets that carried it (at most 100, by name): read from the ids the loader keeps on the utterance
// (Utterance.outlets, link/describe-utterances.cypher), each outlet found by its id. parts: the offsets of a statement
// in parts, on it and on every statement listed. source: the span with the evidence and passage the loader stored
// (cut by Java in UTF-16 offsets, like the spans; Cypher's substring counts code points and would shift them after
// an emoji), so the card never reads the article's text.
// Cost: each card walks its statement's own relationships twice (those to statements, those to entities) instead of
// once per list, and derives firstHand, the lists and their counts from those two walks; the only walks beyond the
// statement are each listed statement's speaker, the REPORTS chain up to the denials (only for a statement that
// something reports), and the utterance's outlets by id. Walking every occurrence of the utterance to its article and
// outlet instead cost about 21 db hits per occurrence, and a much-reported utterance has hundreds: at a million
// statements that walk was 90% of the db hits of a hub's first page and of a territory's positions (BENCHMARKS.md).
// A card never walks its speaker's or a mentioned entity's relationships. The query before this change is kept as
// the oracle of StatementCardsTest (src/test/resources/oracle/statement-cards.cypher), which checks that every card
// is the same. The model makes the far ends certain (REPORTS, RESPONDS_TO and DENIES join statements; REPORTED_BY,
// ADDRESSED_TO and MENTIONS lead to entities), so they are not checked by label.
// $ids: [statement id]
UNWIND range(0, size($ids) - 1) AS i
MATCH (s:Statement {id: $ids[i]})
OPTIONAL MATCH (speaker:Entity)-[:SAID]->(s)
OPTIONAL MATCH (s)-[src:SOURCED_FROM]->(a:Article)
WITH i, s, speaker, src, a
ORDER BY i
WITH i, s, speaker,
     head(collect(CASE WHEN a IS NULL THEN null ELSE {articleId: a.id, title: a.title, published: a.published,
       start: src.start, end: src.end, evidence: s.evidence, passage: s.passage} END)) AS source
WITH s, speaker, source,
     COLLECT {
       MATCH (s)-[r:REPORTS|RESPONDS_TO|DENIES]-(o)
       OPTIONAL MATCH (x:Entity)-[:SAID]->(o)
       RETURN {type: type(r), out: startNode(r) = s,
               o: o {.id, .text, .act, .verbatim, .parts, speaker: x {.id, .name}}} AS link
     } AS said,
     COLLECT {
       MATCH (s)-[r:REPORTED_BY|ADDRESSED_TO|MENTIONS]->(e)
       RETURN {type: type(r),
               hop: CASE type(r) WHEN 'REPORTED_BY' THEN r.hop END,
               position: CASE type(r) WHEN 'MENTIONS' THEN r.position END,
               e: e {.id, .name, type: toLower([l IN labels(e) WHERE l <> 'Entity'][0])}} AS link
     } AS about
WITH s, speaker, source, about,
     [l IN said WHERE l.type = 'REPORTS' AND l.out | l.o] AS reports,
     [l IN said WHERE l.type = 'REPORTS' AND NOT l.out | l.o] AS reportedInAll,
     [l IN said WHERE l.type = 'RESPONDS_TO' AND l.out | l.o] AS respondsTo,
     [l IN said WHERE l.type = 'RESPONDS_TO' AND NOT l.out | l.o] AS repliesAll,
     [l IN said WHERE l.type = 'DENIES' AND l.out | l.o] AS denies,
     [l IN said WHERE l.type = 'DENIES' AND NOT l.out | l.o] AS deniedByAll
RETURN s {.id, .text, .verbatim, .act, .medium, .date, .dateSource, .confidence, .origin, .parts} AS statement,
  CASE WHEN speaker IS NULL THEN null
    ELSE speaker {.id, .name, type: toLower([l IN labels(speaker) WHERE l <> 'Entity'][0])} END AS speaker,
  COLLECT {
    UNWIND about AS l
    WITH l WHERE l.type = 'REPORTED_BY'
    WITH l ORDER BY l.hop
    RETURN {id: l.e.id, name: l.e.name, type: l.e.type, hop: l.hop}
  } AS relayChain,
  none(l IN about WHERE l.type = 'REPORTED_BY') AND size(reportedInAll) = 0 AS firstHand,
  // Only a statement that something reports needs the walk up the REPORTS chain; for the others the denials of it
  // are all there is (the predicate stops the walk before it starts).
  CASE WHEN size(reportedInAll) = 0
    THEN COLLECT { UNWIND deniedByAll AS d WITH DISTINCT d RETURN d ORDER BY d.id LIMIT 100 }
    ELSE COLLECT {
      MATCH (s)<-[:REPORTS*0..10]-(:Statement)<-[:DENIES]-(d:Statement)
      WHERE size(reportedInAll) > 0
      WITH DISTINCT d
      OPTIONAL MATCH (x:Entity)-[:SAID]->(d)
      RETURN d {.id, .text, .act, .verbatim, .parts, speaker: x {.id, .name}} ORDER BY d.id LIMIT 100
    } END AS disputedBy,
  reports,
  COLLECT { UNWIND reportedInAll AS o RETURN o ORDER BY o.id LIMIT 100 } AS reportedIn,
  size(reportedInAll) AS reportedInCount,
  respondsTo,
  denies,
  COLLECT { UNWIND repliesAll AS o RETURN o ORDER BY o.id LIMIT 100 } AS replies,
  size(repliesAll) AS repliesCount,
  COLLECT { UNWIND deniedByAll AS o RETURN o ORDER BY o.id LIMIT 100 } AS deniedBy,
  size(deniedByAll) AS deniedByCount,
  [l IN about WHERE l.type = 'ADDRESSED_TO' | l.e] AS addressedTo,
  [l IN about WHERE l.type = 'MENTIONS' | {id: l.e.id, name: l.e.name, type: l.e.type, position: l.position}] AS mentions,
  source,
  head(COLLECT {
    MATCH (s)-[o:OCCURRENCE_OF]->(u:Utterance)
    RETURN u {.id, .occurrences, firstSeen: toString(u.firstSeen), lastSeen: toString(u.lastSeen), match: o.match,
      outlets: COLLECT {
        UNWIND u.outlets AS outletId
        MATCH (x:Entity {id: outletId})
        RETURN x {.id, .name, type: 'organization'} ORDER BY x.name, x.id LIMIT 100
      }}
  }) AS utterance
