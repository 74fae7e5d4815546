package org.saidgraph.ingest;

import org.saidgraph.extract.CoreNlpAnalyzer;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.Gazetteer;
import org.saidgraph.graph.Graph;
import org.saidgraph.load.DatasetLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The extractor for the server and {@code ingest}, with the graph as its knowledge. Creating these beans is cheap: CoreNLP's models load on the first
 * extraction, not at start, so a server that never extracts never pays for them.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    CoreNlpAnalyzer coreNlpAnalyzer() {
        return new CoreNlpAnalyzer();
    }

    @Bean
    Extractor extractor(CoreNlpAnalyzer analyzer) {
        return new Extractor(analyzer, Gazetteer.shipped());
    }

    @Bean
    GraphKnownEntities graphKnownEntities(Graph graph) {
        return new GraphKnownEntities(graph);
    }

    @Bean
    Ingester ingester(Extractor extractor, GraphKnownEntities known, DatasetLoader loader, Graph graph) {
        return new Ingester(extractor, known, loader, graph);
    }
}
