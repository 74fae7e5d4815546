package org.saidgraph.load;

import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.EmbeddedNeo4j;
import org.saidgraph.graph.Graph;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoadConfiguration {

    @Bean
    DatasetReader datasetReader() {
        return new DatasetReader();
    }

    /**
     * Writes straight into the embedded database when there is one (BENCHMARKS.md: what that saves over Bolt), and
     * through the driver to an external server or cluster.
     */
    @Bean
    LoadTransactions loadTransactions(Graph graph, ObjectProvider<EmbeddedNeo4j> embedded) {
        EmbeddedNeo4j database = embedded.getIfAvailable();
        return database != null ? new EmbeddedTransactions(database.database()) : new DriverTransactions(graph);
    }

    @Bean
    DatasetLoader datasetLoader(LoadTransactions transactions, DatasetReader reader) {
        return new DatasetLoader(transactions, reader.mapper());
    }
}
