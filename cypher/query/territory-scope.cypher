// How many territories a territory's positions or statements take in: itself, with $includeParts also its parts,
// with $includeWholes also what it is part of (as territory-positions-across.cypher). $id, $includeParts,
// $includeWholes
MATCH (t:Territory {id: $id})
RETURN 1 + COUNT { MATCH (x:Territory)-[:PART_OF*1..5]->(t) WHERE $includeParts AND x <> t RETURN DISTINCT x }
         + COUNT { MATCH (t)-[:PART_OF*1..5]->(x:Territory) WHERE $includeWholes AND x <> t RETURN DISTINCT x }
  AS territories
