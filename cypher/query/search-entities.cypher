// People, organizations, territories and groups whose name or an alias matches $lucene, best match first.
// The entity_names index folds case and diacritics, so "nauseda" finds "Gitanas Nausėda".
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WITH collect({id: node.id, name: node.name,
              type: toLower([l IN labels(node) WHERE l <> 'Entity'][0]), score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..$skip + $limit] AS hits
