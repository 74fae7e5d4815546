// Whether the graph holds what the loader's previous versions (v2 to v4) wrote and upgrade-provenance.cypher
// converts: facts listing all their articles, entities without alias counts, NAMES without aliases. Looks at facts
// and entities only, which are few beside the statements.
RETURN EXISTS { MATCH ()-[f:HOLDS_ROLE|PART_OF|ANNEXATION_CLAIMED_BY]->() WHERE f.articles IS NOT NULL }
    OR EXISTS { MATCH (e:Entity) WHERE e.aliasCounts IS NULL } AS needed
