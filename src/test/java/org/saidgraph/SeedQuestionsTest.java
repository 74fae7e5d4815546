package org.saidgraph;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ten example questions of the README, each a file in {@code cypher/questions/}, run as the README says in both
 * forms against the seed: pasted into Neo4j Browser (the {@code :param} lines evaluated as Browser evaluates them,
 * then the query) and through a driver (the file without its {@code :param} lines, with the parameters the README
 * lists for the question). Both give the same rows, and the answers are checked against the article.
 */
class SeedQuestionsTest {

    /** Browser's {@code :param name => expression}: the expression is evaluated as Cypher with a RETURN before it. */
    private static final Pattern PARAM = Pattern.compile("^:param\\s+(\\w+)\\s*=>\\s*(.+?);?$");
    /** The README's link to a question file and the parameters it lists for it. */
    private static final Pattern README_QUESTION = Pattern.compile(
            "\\]\\(cypher/questions/([\\w-]+)\\.cypher\\),\\s+(?:parameters\\s+`(\\{[^`]*\\})`|no parameters)");
    private static final ObjectMapper JSON = new ObjectMapper();

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
            assertThat(readmeParameters().keySet()).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void everyQuestionGivesTheSameRowsPastedIntoBrowserAndSentThroughADriver() throws IOException {
        Map<String, Map<String, Object>> readme = readmeParameters();
        for (String question : readme.keySet()) {
            String file = Files.readString(Path.of("cypher/questions", question + ".cypher"));
            List<Record> browser = browser(file);
            List<Record> driver = driver(file, readme.get(question));
            assertThat(driver).as(question).isNotEmpty();
            assertThat(driver.stream().map(Record::asMap).toList()).as(question)
                    .isEqualTo(browser.stream().map(Record::asMap).toList());
            // The body uses exactly the parameters the README lists (and Browser sets).
            Set<String> used = new TreeSet<>();
            Matcher m = Pattern.compile("\\$(\\w+)").matcher(body(file));
            while (m.find()) {
                used.add(m.group(1));
            }
            assertThat(used).as(question).isEqualTo(readme.get(question).keySet());
        }
    }

    /** As Neo4j Browser runs a pasted file: statements split at {@code ;}, {@code :param} evaluated, then the rest. */
    private static List<Record> browser(String file) {
        Map<String, Object> params = new HashMap<>();
        List<Record> rows = List.of();
        StringBuilder statement = new StringBuilder();
        for (String line : (file + "\n").split("\n")) {
            statement.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                rows = runBrowserStatement(statement.toString().strip(), params);
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            rows = runBrowserStatement(statement.toString().strip(), params);
        }
        return rows;
    }

    private static List<Record> runBrowserStatement(String statement, Map<String, Object> params) {
        Matcher param = PARAM.matcher(statement);
        if (param.matches()) {
            Object value = neo4j.run("RETURN " + param.group(2) + " AS value").get(0).get("value").asObject();
            params.put(param.group(1), value);
            return List.of();
        }
        assertThat(statement).as("a client command Browser would not run as Cypher").doesNotStartWith(":");
        return neo4j.run(statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement,
                params);
    }

    /** As the README shows for a driver: the file without its :param lines, with the README's parameters. */
    private static List<Record> driver(String file, Map<String, Object> parameters) {
        return neo4j.run(body(file), parameters);
    }

    private static String body(String file) {
        return file.lines().filter(line -> !line.startsWith(":param")).collect(Collectors.joining("\n"));
    }

    /** Each question file the README links, with the parameters it lists for it. */
    private static Map<String, Map<String, Object>> readmeParameters() throws IOException {
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        Map<String, Map<String, Object>> questions = new java.util.TreeMap<>();
        Matcher m = README_QUESTION.matcher(readme);
        while (m.find()) {
            Map<String, Object> parameters = m.group(2) == null ? Map.of()
                    : JSON.readValue(m.group(2), new TypeReference<Map<String, Object>>() { });
            questions.put(m.group(1), parameters);
        }
        return questions;
    }

    private static List<Record> ask(String question) {
        return ask(question, Map.of());
    }

    private static List<Record> ask(String question, Map<String, Object> overrides) {
        String file;
        try {
            file = Files.readString(Path.of("cypher/questions", question + ".cypher"));
            Map<String, Object> parameters = new HashMap<>(readmeParameters().get(question));
            parameters.putAll(overrides);
            return driver(file, parameters);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
