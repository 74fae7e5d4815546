// The article node. sha256 is of the text; datasetSha256 of the whole dataset, so an unchanged re-load is skipped.
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.publisher = $article.publisher,
    a.url = $article.url,
    a.published = CASE WHEN $article.published IS NULL THEN null ELSE date($article.published) END,
    a.text = $article.text,
    a.sha256 = $article.sha256,
    a.datasetSha256 = $article.datasetSha256,
    a.origin = $article.origin
