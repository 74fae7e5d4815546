// Statements in full context, in the order of $ids: speaker, relay chain (hop 1 nearest the speaker), what each
// reports and what reports it, what it replies to or denies and the replies and denials it drew, whom it addresses,
// what it mentions (with the position taken on a territory), and its source span with the text around it.
// The statements that reply to, deny or relay it are listed up to 100 each, with the count of all.
// Derived here, never stored: firstHand is true when nothing relays the statement (no REPORTED_BY, no statement
// REPORTS it); disputedBy lists the statements that deny it or deny a statement relaying it, at any depth up the
// REPORTS chain (Musk's denials of Bremmer's claim dispute the demands of Putin that the claim relays).
// utterance: the utterance the statement is an occurrence of (the same words of the same speaker in other articles),
// with how this statement matches its text, its number of occurrences, the first and last days an article carried it
// and the outlets that carried it (at most 100, by name).
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
RETURN s {.id, .text, .verbatim, .act, .medium, .date, .dateSource, .confidence, .origin, .parts} AS statement,
  CASE WHEN speaker IS NULL THEN null
    ELSE speaker {.id, .name, type: toLower([l IN labels(speaker) WHERE l <> 'Entity'][0])} END AS speaker,
  COLLECT {
    MATCH (s)-[r:REPORTED_BY]->(e:Entity)
    WITH r, e ORDER BY r.hop
    RETURN e {.id, .name, type: toLower([l IN labels(e) WHERE l <> 'Entity'][0]), hop: r.hop}
  } AS relayChain,
  NOT EXISTS { (s)-[:REPORTED_BY]->(:Entity) } AND NOT EXISTS { (s)<-[:REPORTS]-(:Statement) } AS firstHand,
  COLLECT {
    MATCH (s)<-[:REPORTS*0..10]-(:Statement)<-[:DENIES]-(d:Statement)
    WITH DISTINCT d
    OPTIONAL MATCH (x:Entity)-[:SAID]->(d)
    RETURN d {.id, .text, .act, .verbatim, .parts, speaker: x {.id, .name}} ORDER BY d.id LIMIT 100
  } AS disputedBy,
  COLLECT {
    MATCH (s)-[:REPORTS]->(o:Statement) OPTIONAL MATCH (x:Entity)-[:SAID]->(o)
    RETURN o {.id, .text, .act, .verbatim, .parts, speaker: x {.id, .name}}
  } AS reports,
  COLLECT {
    MATCH (s)<-[:REPORTS]-(o:Statement) OPTIONAL MATCH (x:Entity)-[:SAID]->(o)
    RETURN o {.id, .text, .act, .verbatim, .parts, speaker: x {.id, .name}} ORDER BY o.id LIMIT 100
  } AS reportedIn,
  COUNT { (s)<-[:REPORTS]-(:Statement) } AS reportedInCount,
  COLLECT {
    MATCH (s)-[:RESPONDS_TO]->(o:Statement) OPTIONAL MATCH (x:Entity)-[:SAID]->(o)
    RETURN o {.id, .text, .act, .verbatim, .parts, speaker: x {.id, .name}}
  } AS respondsTo,
  COLLECT {
    MATCH (s)-[:DENIES]->(o:Statement) OPTIONAL MATCH (x:Entity)-[:SAID]->(o)
    RETURN o {.id, .text, .act, .verbatim, .parts, speaker: x {.id, .name}}
  } AS denies,
  COLLECT {
    MATCH (s)<-[:RESPONDS_TO]-(o:Statement) OPTIONAL MATCH (x:Entity)-[:SAID]->(o)
    RETURN o {.id, .text, .act, .verbatim, .parts, speaker: x {.id, .name}} ORDER BY o.id LIMIT 100
  } AS replies,
  COUNT { (s)<-[:RESPONDS_TO]-(:Statement) } AS repliesCount,
  COLLECT {
    MATCH (s)<-[:DENIES]-(o:Statement) OPTIONAL MATCH (x:Entity)-[:SAID]->(o)
    RETURN o {.id, .text, .act, .verbatim, .parts, speaker: x {.id, .name}} ORDER BY o.id LIMIT 100
  } AS deniedBy,
  COUNT { (s)<-[:DENIES]-(:Statement) } AS deniedByCount,
  COLLECT {
    MATCH (s)-[:ADDRESSED_TO]->(e:Entity)
    RETURN e {.id, .name, type: toLower([l IN labels(e) WHERE l <> 'Entity'][0])}
  } AS addressedTo,
  COLLECT {
    MATCH (s)-[m:MENTIONS]->(e:Entity)
    RETURN e {.id, .name, type: toLower([l IN labels(e) WHERE l <> 'Entity'][0]), position: m.position}
  } AS mentions,
  source,
  head(COLLECT {
    MATCH (s)-[o:OCCURRENCE_OF]->(u:Utterance)
    RETURN u {.id, .occurrences, firstSeen: toString(u.firstSeen), lastSeen: toString(u.lastSeen), match: o.match,
      outlets: COLLECT {
        MATCH (u)<-[:OCCURRENCE_OF]-(:Statement)-[:SOURCED_FROM]->(:Article)-[:PUBLISHED_BY]->(x:Organization)
        WITH DISTINCT x
        RETURN x {.id, .name, type: 'organization'} ORDER BY x.name, x.id LIMIT 100
      }}
  }) AS utterance
