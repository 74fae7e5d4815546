// Whether the graph holds statements or MENTIONS written before the loader kept sort keys (sort-keys.cypher), which
// the lists of statements need in order to page through an index. Stops at the first one found; on an up-to-date
// graph it reads one property of every statement and every MENTIONS.
RETURN EXISTS { MATCH (s:Statement) WHERE s.sortKey IS NULL OR s.speaker IS NULL }
    OR EXISTS { MATCH ()-[m:MENTIONS]->() WHERE m.sortKey IS NULL } AS needed
