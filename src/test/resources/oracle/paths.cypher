// The oracle of PathSearchTest: cypher/query/paths.cypher before issue 9's bounded search (query.PathSearch), whose
// allShortestPaths read both ends' whole neighbourhoods (279,276 db hits between the two most quoted people at a
// million statements).
// The shortest connections between two entities through what was said (articles are left out: every entity an
// article names would otherwise be two steps from every other). The search reaches at most 10 hops; $maxHops then
// keeps the paths no longer than asked (filtered after the search, so that the planner keeps its fast
// bidirectional shortest-path search). $from, $to, $maxHops, $limit
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SAID|REPORTED_BY|REPORTS|RESPONDS_TO|DENIES|ADDRESSED_TO|MENTIONS|HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY*..10]-(b))
WITH p
WHERE length(p) <= $maxHops
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n {.id, .name, .text, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS relationships
