// One person, organization, territory or group, with aliases, roles, territorial facts and counts. Each role and
// annexation claim carries articleCount, how many articles assert it, and articles, up to five of their ids (the
// fact's articleSample; which articles assert a fact is kept on their NAMES, see cypher/load/update-facts.cypher).
// $id: the entity's id; $label: Person, Organization, Territory or Group
MATCH (e:Entity {id: $id})
WHERE $label IN labels(e)
RETURN e {.id, .name, .aliases, .kind, .description, .wikidata,
          type: toLower([l IN labels(e) WHERE l <> 'Entity'][0])} AS entity,
  COLLECT {
    MATCH (e)-[r:HOLDS_ROLE]->(o:Entity)
    RETURN {title: r.title, of: o {.id, .name, type: toLower([l IN labels(o) WHERE l <> 'Entity'][0])},
            articleCount: r.articleCount, articles: coalesce(r.articleSample, [])}
  } AS roles,
  COLLECT {
    MATCH (p:Person)-[r:HOLDS_ROLE]->(e)
    RETURN {title: r.title, holder: p {.id, .name, type: 'person'}, articleCount: r.articleCount,
            articles: coalesce(r.articleSample, [])}
  } AS roleHolders,
  COLLECT { MATCH (e)-[:PART_OF]->(t:Territory) RETURN t {.id, .name, type: 'territory'} } AS partOf,
  COLLECT { MATCH (e)<-[:PART_OF]-(t:Territory) RETURN t {.id, .name, type: 'territory'} } AS parts,
  COLLECT {
    MATCH (e)-[c:ANNEXATION_CLAIMED_BY]->(t:Territory)
    RETURN {by: t {.id, .name, type: 'territory'}, year: c.year, recognised: c.recognised,
            articleCount: c.articleCount, articles: coalesce(c.articleSample, [])}
  } AS annexationClaimedBy,
  COLLECT {
    MATCH (t:Territory)-[c:ANNEXATION_CLAIMED_BY]->(e)
    RETURN {territory: t {.id, .name, type: 'territory'}, year: c.year, recognised: c.recognised,
            articleCount: c.articleCount, articles: coalesce(c.articleSample, [])}
  } AS annexationsClaimed,
  // The model fixes what is at the other end of each of these types (SAID, REPORTED_BY, MENTIONS and ADDRESSED_TO
  // link statements, NAMES articles), so the counts name no label there: Neo4j then reads each from the node's
  // degree instead of walking its relationships (a much-quoted speaker has tens of thousands).
  COUNT { (e)-[:SAID]->() } AS said,
  // How many of its statements others relay is counted at load time (load/relayed-counts.cypher), not here: it would
  // look at every statement the entity said.
  coalesce(e.saidThroughOthers, 0) AS saidThroughOthers,
  COUNT { (e)<-[:REPORTED_BY]-() } AS relayed,
  COUNT { (e)<-[:MENTIONS]-() } AS mentionedIn,
  COUNT { (e)<-[:ADDRESSED_TO]-() } AS addressedIn,
  COUNT { (e)<-[:NAMES]-() } AS articles
