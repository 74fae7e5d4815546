// Articles whose title or text matches $lucene (the article_text index, folding case and diacritics), best match
// first, with the best score of all and, for the page asked, each article's text (to find the matching passages).
// The index hands over at most its $cap best hits (SearchQueries.MAX_HITS), and one more to tell whether there are
// more: total counts at most $cap, and totalIsLowerBound says when there are more than that.
// $lucene, $cap, $skip, $limit
CALL db.index.fulltext.queryNodes('article_text', $lucene, {limit: $cap + 1}) YIELD node, score
WITH collect({article: node, score: score}) AS found
WITH found[0..$cap] AS hits, size(found) > $cap AS totalIsLowerBound
RETURN size(hits) AS total, totalIsLowerBound, CASE WHEN size(hits) = 0 THEN null ELSE hits[0].score END AS best,
       [h IN hits[$skip..$skip + $limit] | {id: h.article.id, title: h.article.title, publisher: h.article.publisher,
         published: h.article.published, text: h.article.text, score: h.score}] AS hits
