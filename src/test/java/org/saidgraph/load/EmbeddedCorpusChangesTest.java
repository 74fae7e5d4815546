package org.saidgraph.load;

import org.junit.jupiter.api.Test;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.support.SelkaCorpus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test of {@link CorpusChangesTest} with the loader writing into the embedded database, whose sole writer it is:
 * it finds the committed statements that share a linking key with a new one among those it committed itself
 * ({@link RecentLinkKeys}) instead of in the full-text index, through loads, re-loads, edits and deletes.
 */
class EmbeddedCorpusChangesTest extends CorpusChangesTest {

    @Override
    DatasetLoader newLoader() {
        return new DatasetLoader(new EmbeddedTransactions(neo4j.database()), reader.mapper());
    }

    @Test
    void rememberingTheCommittedStatementsMakesTheSameUtterancesAsAskingTheIndex() {
        List<Dataset> datasets = SelkaCorpus.datasets(reader);
        load(datasets);
        assertThat(loader.recent().size()).as("the statements answered from memory").isPositive();
        List<String> remembered = CorpusLinksTest.utterances(neo4j);

        neo4j.clear();
        loader = new DatasetLoader(neo4j.graph(), reader.mapper()); // through the driver: the index only
        load(datasets);

        assertThat(remembered).isEqualTo(CorpusLinksTest.utterances(neo4j));
    }
}
