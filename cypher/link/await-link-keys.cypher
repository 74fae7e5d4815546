// Waits until the eventually consistent full-text indexes (statement_link_keys_eventual, cypher/schema.cypher) hold
// everything committed so far: CorpusLinks runs it just before committed-hits.cypher, so that a look-up finds every
// committed statement, as a look-up in an index updated inside each commit did.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
