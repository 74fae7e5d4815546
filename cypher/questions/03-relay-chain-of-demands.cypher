:param speaker => 'vladimir-putin';
// Through whom did Putin's demands reach the public? Relays are ordered from the one nearest the speaker.
MATCH (:Person {id: $speaker})-[:SAID]->(s:Statement {act: 'demand'})-[r:REPORTED_BY]->(relay:Entity)
WITH s, relay ORDER BY r.hop
RETURN s.text AS demand, collect(relay.name) AS relayedThrough
