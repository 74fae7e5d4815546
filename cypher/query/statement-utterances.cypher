// The utterance each statement belongs to, with how the statement matches its text and the outlets that carried it
// (at most 100, by name). $ids: [statement id]
UNWIND $ids AS id
MATCH (:Statement {id: id})-[o:OCCURRENCE_OF]->(u:Utterance)
RETURN id AS statement, o.match AS match, o.score AS score,
       u {.id, .text, .verbatim, .occurrences, date: toString(u.date), firstSeen: toString(u.firstSeen),
          lastSeen: toString(u.lastSeen)} AS utterance,
       COLLECT {
         MATCH (u)<-[:OCCURRENCE_OF]-(:Statement)-[:SOURCED_FROM]->(:Article)-[:PUBLISHED_BY]->(x:Organization)
         WITH DISTINCT x
         RETURN x {.id, .name, type: 'organization'} ORDER BY x.name, x.id LIMIT 100
       } AS outlets
