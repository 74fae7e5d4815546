// The dataset file each article was last loaded from, with its stamp (size, modification time, loader version): a
// directory load skips the files whose stamp has not changed.
MATCH (a:Article)
WHERE a.file IS NOT NULL
RETURN a.file AS file, a.fileStamp AS fileStamp
