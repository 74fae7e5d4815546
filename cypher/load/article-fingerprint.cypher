// The fingerprint of the dataset an article was last loaded from, or nothing for a new article.
MATCH (a:Article {id: $id})
RETURN a.datasetSha256 AS datasetSha256
