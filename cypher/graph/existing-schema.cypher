// Names of the indexes and constraints the database has (every constraint is backed by an index of its name).
SHOW INDEXES YIELD name
RETURN collect(name) AS names
