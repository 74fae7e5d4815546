// (Article)-[:NAMES {aliases, roles?, partOf?, annexationClaimedBy?}]->(entity): what each article of a batch says of
// each entity it names (see Naming.java): the aliases it gives it, and the keys of the facts it asserts about it
// (roles as "title of organization-id", partOf and annexationClaimedBy as territory ids). NAMES an article no longer
// has are deleted first.
// $names: [{article, entity, aliases, roles, partOf, annexationClaimedBy}] (empty fact lists as null);
// $dropped: [{article, entity}]
CALL () {
  UNWIND $dropped AS d
  MATCH (:Article {id: d.article})-[n:NAMES]->(:Entity {id: d.entity})
  DELETE n
}
UNWIND $names AS x
MATCH (a:Article {id: x.article})
MATCH (e:Entity {id: x.entity})
MERGE (a)-[n:NAMES]->(e)
SET n.aliases = x.aliases,
    n.roles = x.roles,
    n.partOf = x.partOf,
    n.annexationClaimedBy = x.annexationClaimedBy
