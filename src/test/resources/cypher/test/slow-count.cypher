// Minutes of work with nothing to show for it until the end, for a read timeout to stop (ReadPathsTest).
UNWIND range(1, 2000000000) AS i
WITH i WHERE i % 1000003 = -1
RETURN count(i) AS n
