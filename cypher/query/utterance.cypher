// An utterance: what was said, by whom, when, how often and by which outlets (at most 100, by name). $id
MATCH (u:Utterance {id: $id})
OPTIONAL MATCH (speaker:Entity {id: u.speaker})
RETURN u {.id, .text, .verbatim, .occurrences, date: toString(u.date), firstSeen: toString(u.firstSeen),
          lastSeen: toString(u.lastSeen)} AS utterance,
       CASE WHEN speaker IS NULL THEN null
         ELSE speaker {.id, .name, type: toLower([l IN labels(speaker) WHERE l <> 'Entity'][0])} END AS speaker,
       COLLECT {
         MATCH (u)<-[:OCCURRENCE_OF]-(:Statement)-[:SOURCED_FROM]->(:Article)-[:PUBLISHED_BY]->(o:Organization)
         WITH DISTINCT o
         RETURN o {.id, .name, type: 'organization'} ORDER BY o.name, o.id LIMIT 100
       } AS outlets
