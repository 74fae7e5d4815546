// The two ends of a path search (query.PathSearch): their element ids, and how many relationships of the types a path
// may take each has. A degree is read from the node's own counts when it has many relationships, without reading
// them, so that the search starts from the rarer end. $from, $to
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
RETURN elementId(a) AS fromKey, elementId(b) AS toKey,
       COUNT { (a)-[:SAID|REPORTED_BY|REPORTS|RESPONDS_TO|DENIES|ADDRESSED_TO|MENTIONS|HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]-() } AS fromDegree,
       COUNT { (b)-[:SAID|REPORTED_BY|REPORTS|RESPONDS_TO|DENIES|ADDRESSED_TO|MENTIONS|HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]-() } AS toDegree
