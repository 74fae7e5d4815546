// The two ends of a path search (query.PathSearch): their element ids, and how many relationships of the types a path
// may take each has. A degree is read from the node's own counts when it has many relationships, without reading
// them, so that the search starts from the rarer end. A null key for an id that names no entity: the API's 400 for
// `from` or `to` costs no query of its own. $from, $to
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
RETURN elementId(a) AS fromKey, elementId(b) AS toKey,
       CASE WHEN a IS NULL THEN 0 ELSE COUNT { (a)-[:SAID|REPORTED_BY|REPORTS|RESPONDS_TO|DENIES|ADDRESSED_TO|MENTIONS|HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]-() } END AS fromDegree,
       CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)-[:SAID|REPORTED_BY|REPORTS|RESPONDS_TO|DENIES|ADDRESSED_TO|MENTIONS|HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]-() } END AS toDegree
