// People, organizations, territories and groups whose name or an alias matches $lucene, best match first, with the
// best score of all (scores are given relative to it). The entity_names index folds case and diacritics, so
// "nauseda" finds "Gitanas Nausėda". $lucene, $skip, $limit
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WITH collect({id: node.id, name: node.name,
              type: toLower([l IN labels(node) WHERE l <> 'Entity'][0]), score: score}) AS hits
RETURN size(hits) AS total, CASE WHEN size(hits) = 0 THEN null ELSE hits[0].score END AS best,
       hits[$skip..$skip + $limit] AS hits
