package org.saidgraph.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.saidgraph.support.Seed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatasetReaderTest {

    private final DatasetReader reader = new DatasetReader();

    @Test
    void acceptsTheCuratedSeed() {
        Dataset seed = reader.read(Seed.DATASET);

        assertThat(seed.origin()).isEqualTo("curated");
        assertThat(seed.article().id()).isEqualTo(Seed.ARTICLE_ID);
        assertThat(seed.entities()).extracting(Entity::id).contains("elon-musk", "vladimir-putin",
                "volodymyr-zelensky", "gitanas-nauseda", "ian-bremmer", "mykhaylo-podolyak", "andriy-melnyk",
                "crimea", "donbas", "luhansk", "donetsk", "kherson", "zaporizhzhia");
        assertThat(seed.statements()).hasSizeGreaterThan(20);
    }

    @Test
    void seedTextIsTheArticleByteForByte() throws Exception {
        Dataset seed = reader.read(Seed.DATASET);
        if (Files.exists(Seed.ARTICLE_TEXT)) {
            assertThat(seed.article().text()).isEqualTo(Files.readString(Seed.ARTICLE_TEXT, StandardCharsets.UTF_8));
        }
        assertThat(seed.article().text()).contains("Gitanas Nausėda", "Russia’s annexation",
                "“Dear @elonmusk");
    }

    @Test
    void everyVerbatimStatementOfTheSeedEqualsItsSpan() {
        Dataset seed = reader.read(Seed.DATASET);
        String text = seed.article().text();

        List<Statement> verbatim = seed.statements().stream().filter(Statement::verbatim).toList();
        assertThat(verbatim).hasSizeGreaterThanOrEqualTo(11);
        verbatim.forEach(s -> assertThat(text.substring(s.span().start(), s.span().end())).isEqualTo(s.text()));
        assertThat(verbatim).extracting(Statement::text)
                .contains("Even though they claim both voted in favour of it. Just saying.");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        var problems = problemsOf("{\"formatVersion\": 1,\n \"origin\": }".getBytes(StandardCharsets.UTF_8));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.json");
            assertThat(p.message()).contains("not valid JSON", "line 2");
        });
    }

    @Test
    void reportsSchemaViolationsWithTheirJsonPointer() {
        ObjectNode dataset = Seed.json();
        ObjectNode statement = (ObjectNode) dataset.withArray("statements").get(2);
        statement.put("act", "gossip");
        statement.remove("speaker");
        ((ObjectNode) dataset.withArray("entities").get(0)).put("nickname", "x");

        var problems = problemsOf(dataset);

        assertThat(problems).extracting(Problem::pointer)
                .contains("/statements/2/act", "/statements/2", "/entities/0");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("speaker"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("nickname"));
    }

    @Test
    void reportsDuplicateIds() {
        ObjectNode dataset = Seed.json();
        ArrayNode entities = dataset.withArray("entities");
        entities.add(entities.get(0).deepCopy());
        ArrayNode statements = dataset.withArray("statements");
        statements.add(statements.get(0).deepCopy());

        var problems = problemsOf(dataset);

        assertThat(problems).extracting(Problem::pointer)
                .contains("/entities/" + (entities.size() - 1) + "/id", "/statements/" + (statements.size() - 1) + "/id");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("duplicate"));
    }

    @Test
    void reportsReferencesThatDoNotResolveOrPointAtTheWrongKind() {
        ObjectNode dataset = Seed.json();
        ObjectNode statement = (ObjectNode) dataset.withArray("statements").get(0);
        statement.put("speaker", "crimea");
        statement.putArray("respondsTo").add(Seed.ARTICLE_ID + ".no-such-statement");
        statement.putArray("addressedTo").add("nobody-at-all");

        var problems = problemsOf(dataset);

        assertThat(problems).extracting(Problem::pointer)
                .containsExactlyInAnyOrder("/statements/0/speaker", "/statements/0/respondsTo/0",
                        "/statements/0/addressedTo/0");
        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .contains("'crimea' is a territory", "person, organization or group"));
    }

    @Test
    void reportsSpansOutsideTheTextAndVerbatimTextThatDiffersFromItsSpan() {
        ObjectNode dataset = Seed.json();
        int quote = Seed.statementIndex(dataset, "melnyk-insult-tweet");
        ((ObjectNode) dataset.withArray("statements").get(quote)).put("text", "Go away, Elon.");
        ObjectNode other = (ObjectNode) dataset.withArray("statements").get(0);
        ((ObjectNode) other.get("span")).put("end", 999_999);

        var problems = problemsOf(dataset);

        assertThat(problems).extracting(Problem::pointer)
                .containsExactlyInAnyOrder("/statements/" + quote + "/text", "/statements/0/span/end");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("F**k off"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("beyond the article text"));
    }

    @Test
    void reportsASpanBeyondAnIntAtTheSpanInsteadOfFailingToMapIt() {
        // 1e308 is an integer to JSON Schema; without a maximum it passed the schema and broke the mapping (a 500)
        ObjectNode dataset = Seed.json();
        ((ObjectNode) dataset.withArray("statements").get(0).get("span")).put("start", 1e308);
        ((ObjectNode) dataset.withArray("statements").get(1).get("span")).put("end", 10_000_000_000L);

        var problems = problemsOf(dataset);

        assertThat(problems).extracting(Problem::pointer)
                .containsExactlyInAnyOrder("/statements/0/span/start", "/statements/1/span/end");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("2000000"));
    }

    @Test
    void reportsStatementIdsThatDoNotBelongToTheArticle() {
        ObjectNode dataset = Seed.json();
        int unreferenced = Seed.statementIndex(dataset, "musk-second-poll-tweet");
        ((ObjectNode) dataset.withArray("statements").get(unreferenced)).put("id", "another-article.some-statement");

        assertThat(problemsOf(dataset)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/statements/" + unreferenced + "/id");
            assertThat(p.message()).contains("must start with the article id");
        });
    }

    @Test
    void reportsACycleOfReports() {
        ObjectNode dataset = Seed.json();
        int claim = Seed.statementIndex(dataset, "bremmer-claims-musk-spoke-to-putin");
        int demands = Seed.statementIndex(dataset, "putin-demands");
        ((ObjectNode) dataset.withArray("statements").get(demands)).putArray("reports")
                .add(Seed.ARTICLE_ID + ".bremmer-claims-musk-spoke-to-putin");

        var problems = problemsOf(dataset);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("cycle", "putin-demands", "bremmer-claims-musk-spoke-to-putin");
            assertThat(p.pointer()).matches("/statements/(" + claim + "|" + demands + "|\\d+)/reports");
        });
    }

    @Test
    void reportsSchemaProblemsAndRuleProblemsAtOnceSkippingOnlyTheRulesTheyMakeMeaningless() {
        ObjectNode dataset = Seed.json();
        ArrayNode statements = dataset.withArray("statements");
        ((ObjectNode) statements.get(0)).put("act", "shouting");                  // schema: not an act
        ((ObjectNode) statements.get(1)).put("speaker", 42);                      // schema: not an id
        ((ObjectNode) statements.get(2)).remove("span");                         // schema: span required
        ((ObjectNode) statements.get(3)).put("speaker", "nobody");                // rule: unknown speaker
        int verbatim = Seed.statementIndex(dataset, "musk-denial-tweet");
        ((ObjectNode) statements.get(verbatim)).put("text", "No, it is.");        // rule: verbatim text != span
        ((ObjectNode) dataset.withArray("entities").get(0)).remove("name");      // schema: name required

        List<Problem> problems = problemsOf(dataset);

        assertThat(problems).extracting(Problem::pointer).contains("/statements/0/act", "/statements/1/speaker",
                "/statements/2", "/statements/3/speaker", "/statements/" + verbatim + "/text", "/entities/0");
        // Where the schema already says what is wrong, no rule adds a second problem about it.
        assertThat(problems).filteredOn(p -> p.pointer().equals("/statements/1/speaker")).hasSize(1);
        assertThat(problems).filteredOn(p -> p.pointer().startsWith("/statements/2/")).isEmpty();
        assertThat(problems).filteredOn(p -> p.pointer().equals("/statements/3/speaker")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no entity with id 'nobody'"));
        // In document order.
        assertThat(problems.get(0).pointer()).isEqualTo("/entities/0");
    }

    @Test
    void documentsOfAnyShapeGiveProblemsNeverExceptions() {
        for (String odd : new String[]{"[]", "5", "{\"entities\": {}, \"statements\": \"x\"}",
                "{\"entities\": [5, \"a\", {\"roles\": 3}], \"statements\": [7, {\"span\": []}, {\"reports\": {}}],"
                        + " \"article\": []}"}) {
            assertThat(problemsOf(odd.getBytes(StandardCharsets.UTF_8))).as(odd).isNotEmpty();
        }
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ObjectNode dataset = Seed.json();
        ArrayNode statements = dataset.withArray("statements");
        for (int i = 0; i < 3; i++) {
            ((ObjectNode) statements.get(i)).put("speaker", "nobody-" + i);
        }

        assertThat(problemsOf(dataset)).hasSize(3);
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeParsingIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        try (var out = Files.newOutputStream(huge)) {
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i <= DatasetReader.MAX_BYTES / block.length; i++) {
                out.write(block);
            }
        }

        assertThatThrownBy(() -> reader.read(huge)).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("at most " + DatasetReader.MAX_BYTES);
    }

    private List<Problem> problemsOf(byte[] json) {
        return catchThrowableOfType(InvalidDatasetException.class, () -> reader.read("broken.json", json)).problems();
    }

    private List<Problem> problemsOf(ObjectNode json) {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> reader.read("edited.json", json));
        assertThat(e).as("the edited dataset should have been rejected").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("edited.json"));
        return e.problems();
    }
}
