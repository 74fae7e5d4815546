package org.saidgraph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.support.QuestionFiles;
import org.saidgraph.support.Seed;
import org.saidgraph.support.TestGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ten example questions of the README, each a file in {@code cypher/questions/}, run as the README says in both
 * forms against the seed: pasted into Neo4j Browser (the {@code :param} lines evaluated as Browser evaluates them,
 * then the query) and through a driver (the file without its {@code :param} lines, with the parameters the README
 * lists for the question). Both give the same rows, and the answers are checked against the article.
 */
class SeedQuestionsTest {

    private static final Path README = Path.of("README.md");

    private static TestGraph neo4j;

    @BeforeAll
    static void loadSeed() {
        neo4j = TestGraph.start();
        DatasetReader reader = new DatasetReader();
        new DatasetLoader(neo4j.graph(), reader.mapper()).load("seed", reader.read(Seed.DATASET));
    }

    @AfterAll
    static void stop() {
        neo4j.close();
    }

    @Test
    void musksPutinsAndPodolyaksDifferingPositionsOnCrimea() {
        var rows = ask("01-positions-on-a-territory");

        assertThat(rows).extracting(r -> r.get("speaker").asString(), r -> r.get("position").asString())
                .contains(tuple("Elon Musk", "recognise-as-russian"), tuple("Elon Musk", "decide-by-vote"),
                        tuple("Vladimir Putin", "remain-russian"), tuple("Mykhaylo Podolyak", "return-to-ukraine"));
        assertThat(rows).extracting(r -> r.get("speaker").asString()).containsOnly("Elon Musk", "Vladimir Putin",
                "Mykhaylo Podolyak");
    }

    @Test
    void muskDeniedBremmersClaim() {
        var rows = ask("02-who-denied-whose-claim");

        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("denier").asString()).isEqualTo("Elon Musk");
            assertThat(r.get("claimant").asString()).isEqualTo("Ian Bremmer");
        });
        assertThat(rows).extracting(r -> r.get("denial").asString())
                .contains("No, it is not. I have spoken to Putin only once and that was about 18 months ago. "
                        + "The subject matter was space.");
    }

    @Test
    void putinsDemandsReachedThePublicThroughMuskThenBremmer() {
        var rows = ask("03-relay-chain-of-demands");

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("relayedThrough").asList(Value::asString)).containsExactly("Elon Musk", "Ian Bremmer");
            assertThat(r.get("demand").asString()).containsIgnoringCase("Crimea");
        });
    }

    @Test
    void fourPeopleRepliedToMusk() {
        var rows = ask("04-replies-to-a-person");

        assertThat(rows).extracting(r -> r.get("replier").asString()).containsExactly("Andriy Melnyk",
                "Gitanas Nausėda", "Mykhaylo Podolyak", "Volodymyr Zelensky");
        assertThat(rows).filteredOn(r -> r.get("replier").asString().equals("Andriy Melnyk")).singleElement()
                .satisfies(r -> assertThat(r.get("replies").asList(Value::asString))
                        .contains("F**k off is my very diplomatic reply to you @elonmusk."));
    }

    @Test
    void stancesOnTheAnnexedTerritoriesDiffer() {
        var rows = ask("05-positions-on-annexed-territories");

        assertThat(rows).extracting(r -> r.get("speaker").asString(), r -> r.get("position").asString())
                .contains(tuple("Vladimir Putin", "annexation-recognised"),
                        tuple("Mykhaylo Podolyak", "return-to-ukraine"),
                        tuple("Elon Musk", "vote-under-un-supervision"));
        assertThat(rows).filteredOn(r -> r.get("position").asString().equals("annexation-recognised"))
                .singleElement().satisfies(r -> assertThat(r.get("territories").asList(Value::asString))
                        .containsExactlyInAnyOrder("Luhansk", "Donetsk", "Kherson", "Zaporizhzhia"));
    }

    @Test
    void russiaClaimsCrimeaSince2014AndFourRegionsSince2022Unrecognised() {
        var rows = ask("06-annexation-claims");

        assertThat(rows).extracting(r -> r.get("territory").asString(), r -> r.get("year").asInt())
                .containsExactly(tuple("Crimea", 2014), tuple("Donetsk", 2022), tuple("Kherson", 2022),
                        tuple("Luhansk", 2022), tuple("Zaporizhzhia", 2022));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("recognised").asBoolean()).isFalse());
    }

    @Test
    void rolesAreThoseTheArticleStates() {
        var rows = ask("07-roles-of-speakers");

        assertThat(rows).extracting(r -> r.get("person").asString(), r -> r.get("of").asString())
                .contains(tuple("Elon Musk", "SpaceX"), tuple("Elon Musk", "Tesla"),
                        tuple("Gitanas Nausėda", "Lithuania"), tuple("Andriy Melnyk", "Ukraine"));
        assertThat(rows).filteredOn(r -> r.get("person").asString().equals("Andriy Melnyk")).singleElement()
                .satisfies(r -> assertThat(r.get("role").asString()).isEqualTo("outgoing ambassador to Germany"));
    }

    @Test
    void quotesAddressedToMuskCiteTheirExactEvidence() {
        var rows = ask("08-quotes-addressed-to-a-person");

        assertThat(rows).extracting(r -> r.get("speaker").asString()).contains("Andriy Melnyk", "Gitanas Nausėda");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("evidence").asString()).isEqualTo(r.get("quote").asString()));
    }

    @Test
    void findsNausedaWithoutTheDiacriticAndMuskByHandle() {
        assertThat(ask("09-find-by-name").get(0).get("id").asString()).isEqualTo("gitanas-nauseda");
        assertThat(ask("09-find-by-name", Map.of("name", "ZELENSKYY")).get(0).get("id").asString())
                .isEqualTo("volodymyr-zelensky");
        assertThat(ask("09-find-by-name", Map.of("name", "@elonmusk")).get(0).get("id").asString())
                .isEqualTo("elon-musk");
    }

    @Test
    void bremmersClaimCarriesMusksAccountOfPutinsWords() {
        var rows = ask("10-what-a-claim-reports");

        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).get("chain").asList(Value::asString))
                .containsExactly("Ian Bremmer", "Elon Musk", "Vladimir Putin");
    }

    @Test
    void everyQuestionFileIsCoveredHereAndListedInTheReadme() throws IOException {
        try (var files = Files.list(Path.of("cypher/questions"))) {
            List<String> names = files.map(f -> f.getFileName().toString().replace(".cypher", "")).sorted().toList();
            assertThat(names).hasSize(10);
            assertThat(QuestionFiles.readmeParameters(README).keySet()).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void everyQuestionGivesTheSameRowsPastedIntoBrowserAndSentThroughADriver() {
        Map<String, Map<String, Object>> readme = QuestionFiles.readmeParameters(README);
        for (String question : readme.keySet()) {
            String file = QuestionFiles.file(question);
            List<Record> browser = QuestionFiles.browser(file, neo4j::run);
            List<Record> driver = neo4j.run(QuestionFiles.body(file), readme.get(question));
            assertThat(driver).as(question).isNotEmpty();
            assertThat(driver.stream().map(Record::asMap).toList()).as(question)
                    .isEqualTo(browser.stream().map(Record::asMap).toList());
            // The body uses exactly the parameters the README lists (and Browser sets).
            assertThat(QuestionFiles.parametersUsed(file)).as(question).isEqualTo(readme.get(question).keySet());
        }
    }

    private static List<Record> ask(String question) {
        return ask(question, Map.of());
    }

    private static List<Record> ask(String question, Map<String, Object> overrides) {
        Map<String, Object> parameters = new HashMap<>(QuestionFiles.readmeParameters(README).get(question));
        parameters.putAll(overrides);
        return neo4j.run(QuestionFiles.body(QuestionFiles.file(question)), parameters);
    }
}
