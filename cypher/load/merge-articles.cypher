// The article nodes. sha256 is of the text; datasetSha256 of the whole dataset (and the loader's version), so that an
// unchanged re-load is skipped. file and fileStamp: the dataset file it was loaded from, if any, with its size,
// modification time and the loader's version, so that a directory load skips a file that has not changed since
// without reading it.
// $articles: [{id, title, publisher, url, published, text, sha256, datasetSha256, origin, file, fileStamp}]
UNWIND $articles AS x
MERGE (a:Article {id: x.id})
SET a.title = x.title,
    a.publisher = x.publisher,
    a.url = x.url,
    a.published = CASE WHEN x.published IS NULL THEN null ELSE date(x.published) END,
    a.text = x.text,
    a.sha256 = x.sha256,
    a.datasetSha256 = x.datasetSha256,
    a.origin = x.origin,
    a.file = x.file,
    a.fileStamp = x.fileStamp
