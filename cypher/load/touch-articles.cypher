// Unchanged articles read from a file whose size or modification time changed (or that were loaded from another
// file): record the file as it is now, so that the next directory load skips it without reading it.
// $articles: [{id, file, fileStamp}]
UNWIND $articles AS x
MATCH (a:Article {id: x.id})
SET a.file = x.file, a.fileStamp = x.fileStamp
