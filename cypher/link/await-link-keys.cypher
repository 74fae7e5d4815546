// Waits until the eventually consistent full-text index (statement_link_keys_eventual, cypher/schema.cypher) is online
// (on a database that held a large graph before the index existed, it is built in the background after the start:
// Graph.applySchema) and holds everything committed so far: CorpusLinks runs it just before committed-hits.cypher, so
// that a look-up finds every committed statement, as a look-up in an index updated inside each commit did.
CALL db.awaitIndex('statement_link_keys_eventual', 3600)
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
