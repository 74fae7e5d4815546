package org.saidgraph.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.extract.ArticleInput;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.Gazetteer;
import org.saidgraph.extract.KnownEntities;
import org.saidgraph.extract.ListTagger;
import org.saidgraph.support.TestGraph;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two articles extracted and loaded into one graph: each article's bare "officials" stays its own speaker (their ids
 * are scoped to the article), while an organization both name merges into one node, as every named entity does. The
 * articles are written for this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleScopedSpeakersLoadTest {

    TestGraph neo4j;
    DatasetReader reader;

    @BeforeAll
    void startNeo4j() {
        neo4j = TestGraph.start();
        reader = new DatasetReader();
    }

    @AfterAll
    void stopNeo4j() {
        neo4j.close();
    }

    @Test
    void officialsOfTwoArticlesAreTwoSpeakersAndANamedOrganizationIsOne() {
        Extractor extractor = new Extractor(new ListTagger(Map.of("Dalby Water Board", "ORGANIZATION")),
                Gazetteer.shipped());
        Dataset pier = extract(extractor, "Pier closes", "The Dalby Water Board met on Monday.\nThe east pier will "
                + "close on Friday, officials said.");
        Dataset rates = extract(extractor, "Rates rise", "The Dalby Water Board met on Tuesday.\nWater rates will "
                + "rise by a third, officials said.");
        DatasetLoader loader = new DatasetLoader(new DriverTransactions(neo4j.graph()), reader.mapper());

        loader.load("pier", pier);
        loader.load("rates", rates);

        assertThat(neo4j.run("MATCH (g:Group)-[:SAID]->(:Statement) RETURN g.id AS id ORDER BY id"))
                .extracting(r -> r.get("id").asString())
                .containsExactly("pier-closes.officials", "rates-rise.officials");
        assertThat(neo4j.count("(:Group {name: 'Officials'})")).isEqualTo(2);
        assertThat(neo4j.count("(:Article)-[:NAMES]->(:Organization {id: 'dalby-water-board'})")).isEqualTo(2);
        assertThat(neo4j.count("(:Organization {id: 'dalby-water-board'})")).isEqualTo(1);
    }

    private Dataset extract(Extractor extractor, String title, String text) {
        Dataset d = extractor.extract(new ArticleInput(text, title, null, null, null, null), KnownEntities.none());
        return reader.read(title, new ObjectMapper().valueToTree(d));
    }
}
