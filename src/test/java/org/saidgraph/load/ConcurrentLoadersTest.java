package org.saidgraph.load;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.generate.CorpusGenerator;
import org.saidgraph.generate.GeneratorSettings;
import org.saidgraph.graph.Graph;
import org.saidgraph.support.TestGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers of one server load articles at the same time (four clients posting; the server loading its datasets while
 * a client posts). Articles that name the same people must not deadlock each other: with the driver's retries turned
 * off, any deadlock between them would surface here as a failed load. (Found by the concurrent-load proof, issue 7:
 * one post in 60 answered 503 after its retries ran out.)
 */
class ConcurrentLoadersTest {

    @Test
    void fourWritersLoadingArticlesThatNameTheSamePeopleAtOnceNeverDeadlockEachOther() throws Exception {
        List<Dataset> datasets = new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(32).withSeed(5))
                .datasets().toList();
        try (TestGraph neo4j = TestGraph.start();
             Driver noRetries = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(),
                     Config.builder().withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS).build())) {
            DatasetLoader loader = new DatasetLoader(new Graph(noRetries, SessionConfig.forDatabase("neo4j")),
                    new DatasetReader().mapper());
            int writers = 4;
            CyclicBarrier together = new CyclicBarrier(writers);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<String> failures = new CopyOnWriteArrayList<>();
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = writer; i < datasets.size(); i += writers) {
                        together.await(1, TimeUnit.MINUTES);
                        try {
                            loader.load("article " + i, datasets.get(i));
                        } catch (RuntimeException e) {
                            failures.add("article " + i + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }

            assertThat(failures).isEmpty();
            assertThat(neo4j.count("(:Article)")).isEqualTo(datasets.size());
            assertThat(neo4j.count("(:Statement)"))
                    .isEqualTo(datasets.stream().mapToLong(d -> d.statements().size()).sum());
        }
    }

    @Test
    void aDeleteLetsGoOfTheWriteLockSoThatAnotherThreadCanLoadAfterIt() throws Exception {
        List<Dataset> datasets = new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(2).withSeed(5))
                .datasets().toList();
        try (TestGraph neo4j = TestGraph.start()) {
            DatasetLoader loader = new DatasetLoader(neo4j.graph(), new DatasetReader().mapper());
            loader.load("article 0", datasets.get(0));
            assertThat(loader.delete(datasets.get(0).article().id())).isTrue();
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<LoadResult> load = other.submit(() -> loader.load("article 1", datasets.get(1)));
                assertThat(load.get(30, TimeUnit.SECONDS).status()).isEqualTo(LoadResult.Status.CREATED);
            } finally {
                other.shutdownNow();
            }
            assertThat(neo4j.count("(:Article)")).isEqualTo(1);
        }
    }
}
