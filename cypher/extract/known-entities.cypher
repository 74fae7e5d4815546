// Everything the extractor may link a new article's names to: people, organizations, territories and groups with
// their aliases, and the roles people hold (title and the organization or territory), so that "the Tesla CEO" and
// "the chief executive of SpaceX" resolve to the person who holds those roles.
MATCH (e:Entity)
WHERE e:Person OR e:Organization OR e:Territory OR e:Group
OPTIONAL MATCH (e)-[r:HOLDS_ROLE]->(o:Entity)
WITH e, collect(CASE WHEN r IS NULL THEN NULL ELSE {title: r.title, of: o.id, ofName: o.name} END) AS roles
RETURN CASE WHEN e:Person THEN 'Person' WHEN e:Organization THEN 'Organization'
            WHEN e:Territory THEN 'Territory' ELSE 'Group' END AS type,
       e.id AS id, e.name AS name, e.aliases AS aliases, e.kind AS kind, e.description AS description, roles
ORDER BY id
