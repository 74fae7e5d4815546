// An utterance: what was said, by whom, when, how often and by which outlets (at most 100, by name; their ids are kept
// on the utterance by the loader, link/describe-utterances.cypher, so they are read without walking every occurrence).
// $id
MATCH (u:Utterance {id: $id})
OPTIONAL MATCH (speaker:Entity {id: u.speaker})
RETURN u {.id, .text, .verbatim, .occurrences, date: toString(u.date), firstSeen: toString(u.firstSeen),
          lastSeen: toString(u.lastSeen)} AS utterance,
       CASE WHEN speaker IS NULL THEN null
         ELSE speaker {.id, .name, type: toLower([l IN labels(speaker) WHERE l <> 'Entity'][0])} END AS speaker,
       COLLECT {
         UNWIND u.outlets AS outletId
         MATCH (o:Entity {id: outletId})
         RETURN o {.id, .name, type: 'organization'} ORDER BY o.name, o.id LIMIT 100
       } AS outlets
