package org.saidgraph.load;

import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.graph.Graph;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoadConfiguration {

    @Bean
    DatasetReader datasetReader() {
        return new DatasetReader();
    }

    @Bean
    DatasetLoader datasetLoader(Graph graph, DatasetReader reader) {
        return new DatasetLoader(graph, reader.mapper());
    }
}
