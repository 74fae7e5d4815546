// The linking keys of statements (link.LinkKeys), indexed by statement_link_keys.
// $keys: [{id, keys}]
UNWIND $keys AS k
MATCH (s:Statement {id: k.id})
SET s.linkKeys = k.keys
