package org.saidgraph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.load.DatasetLoader;
import org.saidgraph.support.Seed;
import org.saidgraph.support.TestGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ten example questions of the README, each a file in {@code cypher/questions/}, run exactly as written (with
 * the parameters their {@code :param} lines give) against the seed, and their answers checked against the article.
 */
class SeedQuestionsTest {

    private static final Pattern PARAM = Pattern.compile("^// :param (\\w+) => '([^']*)'$", Pattern.MULTILINE);

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
    void everyQuestionFileIsCoveredHere() throws IOException {
        try (var files = Files.list(Path.of("cypher/questions"))) {
            assertThat(files.count()).isEqualTo(10);
        }
    }

    private static List<Record> ask(String question) {
        return ask(question, Map.of());
    }

    private static List<Record> ask(String question, Map<String, Object> overrides) {
        String query;
        try {
            query = Files.readString(Path.of("cypher/questions", question + ".cypher"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Object> parameters = new HashMap<>();
        Matcher m = PARAM.matcher(query);
        while (m.find()) {
            parameters.put(m.group(1), m.group(2));
        }
        parameters.putAll(overrides);
        return neo4j.run(query, parameters);
    }
}
