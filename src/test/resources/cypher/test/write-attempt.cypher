// A write, which a read transaction must refuse (ReadPathsTest).
CREATE (:ReadProbe {id: $id})
RETURN 1 AS created
