// The indexes not yet online (still being built over an existing graph), by name.
SHOW INDEXES YIELD name, state
WHERE state <> 'ONLINE'
RETURN collect(name) AS names
