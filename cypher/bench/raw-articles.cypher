// The benchmark's raw limit: article nodes CREATEd, with the properties the loader gives them.
// $articles: the rows of load/merge-articles.cypher
UNWIND $articles AS x
CREATE (:Article {id: x.id, title: x.title, publisher: x.publisher, url: x.url,
                  published: CASE WHEN x.published IS NULL THEN null ELSE date(x.published) END, text: x.text,
                  sha256: x.sha256, datasetSha256: x.datasetSha256, origin: x.origin, file: x.file,
                  fileStamp: x.fileStamp})
