package org.saidgraph.support;

import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.generate.CorpusGenerator;
import org.saidgraph.generate.GeneratorSettings;
import org.saidgraph.load.DatasetLoader;

/**
 * The seed, the Selka corpus and 120 generated articles (seed 9) in one graph: the seed's relayed and denied demand,
 * Selka's parts and wholes, and the generator's many positions, reply and denial chains, relays and utterances.
 * Used by the tests that compare a query with the oracle it replaced.
 */
public final class MixedCorpus {

    private MixedCorpus() {
    }

    /** Clears the graph and loads the three into it. */
    public static void load(TestGraph neo4j) {
        neo4j.clear();
        DatasetReader reader = new DatasetReader();
        DatasetLoader loader = new DatasetLoader(neo4j.graph(), reader.mapper());
        loader.load("seed", reader.read(Seed.DATASET));
        SelkaCorpus.datasets(reader).forEach(d -> loader.load(d.article().id(), d));
        new CorpusGenerator(GeneratorSettings.DEFAULTS.withArticles(120).withSeed(9)).datasets()
                .forEach(d -> loader.load(d.article().id(), d));
    }
}
