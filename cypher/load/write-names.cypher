// (Article)-[:NAMES {aliases, roles?, partOf?, annexationClaimedBy?}]->(entity): what each article of a batch says of
// each entity it names (see Naming.java): the aliases it gives it, and the keys of the facts it asserts about it
// (roles as "title of organization-id", partOf and annexationClaimedBy as territory ids). An article's NAMES are
// replaced as a whole: those of the articles being updated or deleted are deleted first, then every NAMES of the
// batch is created.
// $replaced: ids of the articles whose NAMES go; $names: [{article, entity, aliases, roles, partOf,
// annexationClaimedBy}] (empty fact lists as null, which CREATE leaves unset)
CALL () {
  UNWIND $replaced AS id
  MATCH (:Article {id: id})-[n:NAMES]->()
  DELETE n
}
UNWIND $names AS x
MATCH (a:Article {id: x.article})
MATCH (e:Entity {id: x.entity})
CREATE (a)-[:NAMES {aliases: x.aliases, roles: x.roles, partOf: x.partOf,
                    annexationClaimedBy: x.annexationClaimedBy}]->(e)
