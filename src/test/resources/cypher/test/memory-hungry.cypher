// A list far larger than a small transaction memory limit (ReadPathsTest).
UNWIND range(1, 5000000) AS i
WITH collect('item number ' + toString(i)) AS items
RETURN size(items) AS n
