// Whether the graph was written by a loader that kept no Entity.saidThroughOthers (relayed-counts.cypher): some
// statement is relayed, yet no entity has the count. The upgrade then counts every article in once
// (stance-articles.cypher lists them). Both look-ups stop at the first hit.
RETURN EXISTS { MATCH ()-[:REPORTED_BY]->() }
   AND NOT EXISTS { MATCH (e:Entity) WHERE e.saidThroughOthers IS NOT NULL } AS needed
