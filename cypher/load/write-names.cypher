// (Article)-[:NAMES {aliases, roles?, partOf?, annexationClaimedBy?}]->(entity): what each article of a batch says of
// each entity it names (see Naming.java): the aliases it gives it, and the keys of the facts it asserts about it
// (roles as "title of organization-id", partOf and annexationClaimedBy as territory ids). An article's NAMES are
// replaced as a whole: those of the articles being updated or deleted are deleted first, then every NAMES of the
// batch is created.
// Grouped by article, so that each article is sought once, not once per entity it names (on the generated
// 10,000-article corpus: 10,000 article seeks instead of 467,356).
// $replaced: ids of the articles whose NAMES go; $names: [{article, names: [{entity, aliases, roles, partOf,
// annexationClaimedBy}]}] (empty fact lists as null, which CREATE leaves unset)
CALL () {
  UNWIND $replaced AS id
  MATCH (:Article {id: id})-[n:NAMES]->()
  DELETE n
}
UNWIND $names AS x
MATCH (a:Article {id: x.article})
USING INDEX a:Article(id)
UNWIND x.names AS n
MATCH (e:Entity {id: n.entity})
USING INDEX e:Entity(id)
CREATE (a)-[:NAMES {aliases: n.aliases, roles: n.roles, partOf: n.partOf,
                    annexationClaimedBy: n.annexationClaimedBy}]->(e)
