/**
 * Ingest: extract an article's text, then load the draft into the graph, with what the graph already knows as the
 * extractor's knowledge. The Spring and Neo4j side of extraction; the extraction itself ({@code org.saidgraph.extract})
 * knows neither.
 */
package org.saidgraph.ingest;
