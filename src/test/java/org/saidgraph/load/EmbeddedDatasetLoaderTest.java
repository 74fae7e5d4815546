package org.saidgraph.load;

/** Every test of {@link DatasetLoaderTest}, with the loader writing through the embedded database's Java API. */
class EmbeddedDatasetLoaderTest extends DatasetLoaderTest {

    @Override
    DatasetLoader newLoader() {
        return new DatasetLoader(new EmbeddedTransactions(neo4j.database()), reader.mapper());
    }
}
