// The speakers of an article's statements as the graph holds them now: DatasetLoader reads them before it rewrites
// or deletes the article, so that count-statements.cypher also updates the speakers the article stops quoting.
MATCH (:Article {id: $articleId})<-[:SOURCED_FROM]-(:Statement)<-[:SAID]-(e:Entity)
RETURN collect(DISTINCT e.id) AS speakers
