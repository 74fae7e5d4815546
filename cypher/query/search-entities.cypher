// People, organizations, territories and groups whose name or an alias matches $lucene, best match first, with the
// best score of all (scores are given relative to it). The entity_names index folds case and diacritics, so
// "nauseda" finds "Gitanas Nausėda". The index hands over at most its $cap best hits (SearchQueries.MAX_HITS), and
// one more to tell whether there are more, so a common word costs the same as a rare one: total counts at most $cap
// (totalIsLowerBound says when there are more), and only the page's hits are read.
// $lucene, $cap, $skip, $limit
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $cap + 1}) YIELD node, score
WITH collect({node: node, score: score}) AS found
WITH found[0..$cap] AS hits, size(found) > $cap AS totalIsLowerBound
RETURN size(hits) AS total, totalIsLowerBound, CASE WHEN size(hits) = 0 THEN null ELSE hits[0].score END AS best,
       [h IN hits[$skip..$skip + $limit] | {id: h.node.id, name: h.node.name,
         type: toLower([l IN labels(h.node) WHERE l <> 'Entity'][0]), score: h.score}] AS hits
