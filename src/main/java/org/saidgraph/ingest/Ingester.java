package org.saidgraph.ingest;

import org.neo4j.driver.Session;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.extract.ArticleInput;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.KnownEntities;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.dataset.Problem;
import org.saidgraph.graph.Cypher;
import org.saidgraph.graph.Graph;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.load.LoadResult;

import java.util.List;
import java.util.Map;

/**
 * Extract, then load, with the graph's own knowledge. An extraction never replaces a curated article: a reviewed
 * dataset is worth more than a draft of the same text.
 */
public final class Ingester {

    /** What was loaded, and the dataset that was. */
    public record Ingested(LoadResult result, Dataset dataset) {
    }

    private final Extractor extractor;
    private final KnownEntities known;
    private final DatasetLoader loader;
    private final Graph graph;

    public Ingester(Extractor extractor, KnownEntities known, DatasetLoader loader, Graph graph) {
        this.extractor = extractor;
        this.known = known;
        this.loader = loader;
        this.graph = graph;
    }

    public Ingested ingest(String source, ArticleInput input) {
        Dataset dataset = extractor.extract(input, known);
        String id = dataset.article().id();
        try (Session session = graph.readSession()) {
            boolean curated = session.executeRead(tx -> tx.run(Cypher.query("extract/curated-article"),
                    Map.of("id", id)).single().get("curated").asBoolean());
            if (curated) {
                throw new InvalidDatasetException(List.of(new Problem(source, "/article/id", "article '" + id
                        + "' is curated in the graph; an extraction does not replace it (give another title)")));
            }
        }
        return new Ingested(loader.load(source, dataset), dataset);
    }
}
