// (Person)-[:HOLDS_ROLE {title}]->(Organization|Territory)
UNWIND $roles AS r
MATCH (p:Person {id: r.person})
MATCH (o:Entity {id: r.of})
MERGE (p)-[:HOLDS_ROLE {title: r.title}]->(o)
