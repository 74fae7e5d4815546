// The statements linked to $id by replies and denials, in either direction and at any depth (up to 20 steps),
// and the RESPONDS_TO / DENIES links among them; at most $max statements, the one asked about always among them.
MATCH (start:Statement {id: $id})
CALL (start) {
  MATCH (start)-[:RESPONDS_TO|DENIES*0..20]-(s:Statement)
  RETURN collect(DISTINCT s) AS reached
}
WITH [start] + [s IN reached WHERE s <> start] AS reached
WITH reached[0..$max] AS members, size(reached) > $max AS truncated
RETURN [s IN members | s.id] AS ids, truncated,
  COLLECT {
    UNWIND members AS s
    MATCH (s)-[r:RESPONDS_TO|DENIES]->(o:Statement)
    WHERE o IN members
    RETURN {from: s.id, to: o.id, type: type(r)}
  } AS links
