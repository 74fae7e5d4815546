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
    void acceptsAVerbatimStatementInPartsWhoseTextIsThePartsJoinedByAnEllipsis() {
        ObjectNode dataset = Seed.json();
        int i = Seed.statementIndex(dataset, "musk-denial-tweet");
        Seed.splitDenialTweet(dataset, i);

        Dataset read = reader.read("edited.json", dataset.toString().getBytes(StandardCharsets.UTF_8));

        Statement s = read.statements().get(i);
        String text = read.article().text();
        assertThat(s.parts()).hasSize(2);
        assertThat(s.text()).isEqualTo("No, it is not. \u2026 The subject matter was space.");
        assertThat(s.pieces()).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("No, it is not.", "The subject matter was space.");
    }

    @Test
    void reportsEachBadPartAtItsPointer() {
        ObjectNode dataset = Seed.json();
        ArrayNode statements = dataset.withArray("statements");
        int joined = Seed.statementIndex(dataset, "musk-denial-tweet");
        ObjectNode wrongText = Seed.splitDenialTweet(dataset, joined);
        wrongText.put("text", wrongText.get("text").asText().replace(" \u2026 ", " ... "));   // rule: not the joiner
        int reported = Seed.statementIndex(dataset, "musk-denies-putin-call");
        ObjectNode paraphrase = (ObjectNode) statements.get(reported);
        paraphrase.set("parts", partsOf(paraphrase, 10));                                       // rule: not verbatim
        int one = statements.size() - 1;
        ObjectNode single = (ObjectNode) statements.get(one);
        single.putArray("parts").addObject().put("start", 0).put("end", 1);                  // schema: one part
        int[] reversed = verbatimIndexesOtherThan(dataset, joined, one);
        ObjectNode backwards = (ObjectNode) statements.get(reversed[0]);
        ArrayNode parts = partsOf(backwards, 3);
        parts.insert(0, parts.remove(1));                                                     // rule: out of order
        backwards.set("parts", parts);

        List<Problem> problems = problemsOf(dataset);

        assertThat(problems).extracting(Problem::pointer).contains("/statements/" + joined + "/text",
                "/statements/" + reported + "/parts", "/statements/" + one + "/parts",
                "/statements/" + reversed[0] + "/parts/1");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/statements/" + reported + "/parts")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("only a verbatim statement has parts"));
        assertThat(problems).filteredOn(p -> p.pointer().equals("/statements/" + reversed[0] + "/parts/1"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("in order"));
        assertThat(problems).filteredOn(p -> p.pointer().equals("/statements/" + joined + "/text")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("joined by"));
    }

    @Test
    void refusesABlankPartAndPartsThatDoNotRunTheWholeSpan() {
        ObjectNode dataset = Seed.json();
        int i = Seed.statementIndex(dataset, "musk-denial-tweet");
        ObjectNode statement = Seed.splitDenialTweet(dataset, i);
        ArrayNode parts = (ArrayNode) statement.get("parts");
        int firstEnd = parts.get(0).get("end").asInt();
        ((ObjectNode) parts.get(1)).put("start", firstEnd).put("end", firstEnd + 1);            // the space after it

        List<Problem> problems = problemsOf(dataset);

        assertThat(problems).extracting(Problem::pointer).contains("/statements/" + i + "/parts/1",
                "/statements/" + i + "/parts/1/end");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/statements/" + i + "/parts/1")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("white space"));
    }

    /** Two parts of a statement's span, the first {@code cut} characters and the rest, in order. */
    private static ArrayNode partsOf(ObjectNode statement, int cut) {
        int start = statement.get("span").get("start").asInt();
        int end = statement.get("span").get("end").asInt();
        ArrayNode parts = statement.arrayNode();
        parts.addObject().put("start", start).put("end", start + cut);
        parts.addObject().put("start", start + cut).put("end", end);
        return parts;
    }

    private static int[] verbatimIndexesOtherThan(ObjectNode dataset, int not, int notEither) {
        ArrayNode statements = dataset.withArray("statements");
        return java.util.stream.IntStream.range(0, statements.size())
                .filter(i -> i != not && i != notEither && statements.get(i).get("verbatim").asBoolean())
                .limit(1).toArray();
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
    void acceptsAnArticleScopedSpeakerAndRefusesOneScopedToAnotherArticle() {
        ObjectNode dataset = Seed.json();
        ObjectNode officials = dataset.withArray("entities").addObject();
        officials.put("type", "group").put("id", Seed.ARTICLE_ID + ".officials").put("name", "Officials");
        ((ObjectNode) dataset.withArray("statements").get(0)).put("speaker", Seed.ARTICLE_ID + ".officials");
        assertThat(reader.read("scoped.json", dataset).statements().get(0).speaker())
                .isEqualTo(Seed.ARTICLE_ID + ".officials");

        int last = dataset.withArray("entities").size() - 1;
        officials.put("id", "another-article.officials");
        ((ObjectNode) dataset.withArray("statements").get(0)).put("speaker", "another-article.officials");
        assertThat(problemsOf(dataset)).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/entities/" + last + "/id");
            assertThat(p.message()).contains("must start with the article id", Seed.ARTICLE_ID + ".");
        });

        officials.put("id", Seed.ARTICLE_ID + ".officials.more");
        assertThat(problemsOf(dataset)).extracting(Problem::pointer).contains("/entities/" + last + "/id");
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
