// (Article)-[:PUBLISHED_BY]->(Organization {kind: 'media'}): the outlet that published the article, so that
// "which outlets carried this?" is one hop from its statements. The organization is the one of that name or alias
// (found by CorpusLinks) or else a new one with the publisher's name and a slug id; an existing organization with
// no kind becomes media, one with a kind keeps it.
// $links: [{article, organization, name}]
UNWIND $links AS l
MATCH (a:Article {id: l.article})
MERGE (o:Entity {id: l.organization})
  ON CREATE SET o:Organization, o.name = l.name, o.kind = 'media', o.aliases = [], o.nameText = l.name
SET o.kind = coalesce(o.kind, 'media')
MERGE (a)-[:PUBLISHED_BY]->(o)
