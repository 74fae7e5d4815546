// Whether the graph was written by a loader that kept no stances (stances.cypher): some statement takes a position
// on a territory, yet there is no Stance. The upgrade then counts every article in once (stance-articles.cypher).
// Both look-ups stop at the first hit (the mentions_position index, the Stance label).
RETURN EXISTS { MATCH ()-[m:MENTIONS]->() WHERE m.position IS NOT NULL }
   AND NOT EXISTS { MATCH (:Stance) } AS needed
