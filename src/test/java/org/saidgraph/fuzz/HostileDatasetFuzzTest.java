package org.saidgraph.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/articles} with valid datasets mutated as an attacker or a broken tool would: wrong types,
 * missing fields, huge strings, 10,000-level nesting, spans out of range or reversed, negative and enormous numbers,
 * NaN, duplicate ids, dangling references, invalid UTF-8, unpaired surrogates, a BOM, truncation. Every case is
 * answered 4xx with a problem whose detail names the fault, or 2xx where the mutation left the dataset legal; never
 * 5xx; and afterwards the graph is exactly as before (a legal one is deleted again).
 */
class HostileDatasetFuzzTest {

    static FuzzServer server;
    static String original;
    static final AtomicInteger CASES = new AtomicInteger();
    static final String TEXT = "Mara Velt said the old bridge would reopen in May. \"We will not wait for May,\" "
            + "Ion Drava answered. The council of Northfield denied that any date was set.";

    @BeforeContainer
    static void start() {
        server = new FuzzServer();
        original = server.fingerprint();
    }

    @AfterContainer
    static void stop() {
        System.out.printf("RELIABILITY fuzz datasets=%d%n", CASES.get());
        if (server != null) {
            server.close();
        }
    }

    /** A small legal dataset whose entities only it names, so that loading and deleting it leaves no trace. */
    static ObjectNode base() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("formatVersion", 1);
        doc.put("origin", "curated");
        ObjectNode article = doc.putObject("article");
        article.put("id", "fuzz-bridge");
        article.put("title", "The bridge");
        article.put("published", "2024-05-02");
        article.put("text", TEXT);
        ArrayNode entities = doc.putArray("entities");
        entities.addObject().put("type", "person").put("id", "fuzz-mara-velt").put("name", "Mara Velt");
        entities.addObject().put("type", "person").put("id", "fuzz-ion-drava").put("name", "Ion Drava");
        entities.addObject().put("type", "organization").put("id", "fuzz-northfield-council")
                .put("name", "The council of Northfield").put("kind", "other");
        entities.addObject().put("type", "territory").put("id", "fuzz-northfield").put("name", "Northfield")
                .put("kind", "city");
        ArrayNode statements = doc.putArray("statements");
        String claim = "Mara Velt said the old bridge would reopen in May.";
        ObjectNode s1 = statements.addObject().put("id", "fuzz-bridge.velt-claim").put("text",
                "the old bridge would reopen in May").put("verbatim", false).put("act", "claim")
                .put("speaker", "fuzz-mara-velt");
        span(s1, TEXT.indexOf(claim), TEXT.indexOf(claim) + claim.length());
        s1.putArray("mentions").addObject().put("entity", "fuzz-northfield");
        String quote = "We will not wait for May,";
        ObjectNode s2 = statements.addObject().put("id", "fuzz-bridge.drava-reply").put("text", quote)
                .put("verbatim", true).put("act", "reply").put("speaker", "fuzz-ion-drava");
        span(s2, TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length());
        s2.putArray("respondsTo").add("fuzz-bridge.velt-claim");
        String denial = "The council of Northfield denied that any date was set.";
        ObjectNode s3 = statements.addObject().put("id", "fuzz-bridge.council-denial").put("text",
                "no date was set").put("verbatim", false).put("act", "denial")
                .put("speaker", "fuzz-northfield-council");
        span(s3, TEXT.indexOf(denial), TEXT.indexOf(denial) + denial.length());
        s3.putArray("denies").add("fuzz-bridge.velt-claim");
        return doc;
    }

    private static void span(ObjectNode statement, int start, int end) {
        statement.putObject("span").put("start", start).put("end", end);
    }

    /** Every JSON pointer in the base document, for mutations to aim at. */
    static List<String> pointers(JsonNode node, String at, List<String> out) {
        if (!at.isEmpty()) {
            out.add(at);
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                pointers(e.getValue(), at + "/" + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers(node.get(i), at + "/" + i, out);
            }
        }
        return out;
    }

    /** A mutation: what it does, where, and the document it makes (as bytes, since some are not valid JSON). */
    record Mutation(String kind, String pointer, byte[] body) {

        @Override
        public String toString() {
            String shown = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return kind + " at " + pointer + " (" + body.length + " bytes: " + shown + "…)";
        }
    }

    static final List<String> KINDS = List.of("wrong-type", "remove", "huge-string", "deep-nesting", "number",
            "span", "duplicate-id", "dangling-reference", "unpaired-surrogate", "invalid-utf8", "bom", "nan",
            "truncate");

    @Provide
    Arbitrary<Mutation> mutations() {
        List<String> targets = pointers(base(), "", new ArrayList<>());
        return Combinators.combine(Arbitraries.of(KINDS), Arbitraries.of(targets), Arbitraries.integers()
                .between(0, 1_000_000)).as(HostileDatasetFuzzTest::mutate);
    }

    static Mutation mutate(String kind, String pointer, int seed) {
        ObjectNode doc = base();
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> wrong = List.of(f.numberNode(42), f.textNode("x"), f.booleanNode(true), f.nullNode(),
                f.arrayNode().add(1), f.objectNode().put("a", 1));
        List<String> statementRefs = List.of("/statements/0/speaker", "/statements/1/respondsTo/0",
                "/statements/2/denies/0", "/statements/0/mentions/0/entity", "/statements/2/speaker");
        List<String> ids = List.of("/entities/1/id", "/entities/2/id", "/statements/1/id", "/statements/2/id");
        String target = pointer;
        switch (kind) {
            case "wrong-type" -> replace(doc, target, wrong.get(seed % wrong.size()));
            case "remove" -> remove(doc, target);
            case "huge-string" -> replace(doc, target, f.textNode("é".repeat(50_000 + seed % 1_000_000)));
            case "deep-nesting" -> {
                StringBuilder deep = new StringBuilder();
                deep.append("[".repeat(10_000)).append("1").append("]".repeat(10_000));
                String marker = "\"deep-nesting-here\"";
                replace(doc, target, f.textNode("deep-nesting-here"));
                String text = doc.toString().replace(marker, deep.toString());
                return new Mutation(kind, target, text.getBytes(StandardCharsets.UTF_8));
            }
            case "number" -> {
                List<String> numbers = List.of("-1", "-9223372036854775808", "9223372036854775808",
                        "123456789012345678901234567890", "1e308", "1e400", "-1e400", "0.5", "-0.0", "4.9e-324");
                String marker = "\"number-here\"";
                target = List.of("/statements/0/span/start", "/statements/1/span/end", "/formatVersion",
                        "/statements/2/confidence", target).get(seed % 5);
                replace(doc, target, f.textNode("number-here"));
                String text = doc.toString().replace(marker, numbers.get(seed % numbers.size()));
                return new Mutation(kind, target, text.getBytes(StandardCharsets.UTF_8));
            }
            case "span" -> {
                int s = seed % 3;
                target = "/statements/" + s + "/span";
                ObjectNode span = (ObjectNode) doc.at(target);
                int start = span.get("start").asInt();
                int end = span.get("end").asInt();
                switch (seed % 4) {
                    case 0 -> span.put("start", end).put("end", start);
                    case 1 -> span.put("end", TEXT.length() + 1 + seed % 1000);
                    case 2 -> span.put("start", TEXT.length() + seed % 1000).put("end", TEXT.length() + 2000);
                    default -> span.put("start", start).put("end", start);
                }
            }
            case "duplicate-id" -> {
                target = ids.get(seed % ids.size());
                replace(doc, target, doc.at(target.startsWith("/entities") ? "/entities/0/id" : "/statements/0/id"));
            }
            case "dangling-reference" -> {
                target = statementRefs.get(seed % statementRefs.size());
                replace(doc, target, f.textNode(target.contains("speaker") || target.contains("entity")
                        ? "fuzz-nobody" : "fuzz-bridge.nothing"));
            }
            case "unpaired-surrogate" -> {
                String marker = "surrogate-here";
                target = List.of("/article/title", "/entities/0/name", "/statements/0/text", "/article/text")
                        .get(seed % 4);
                replace(doc, target, f.textNode(marker));
                String text = doc.toString().replace(marker, seed % 2 == 0 ? "x\\ud800y" : "\\udc00");
                return new Mutation(kind, target, text.getBytes(StandardCharsets.UTF_8));
            }
            case "invalid-utf8" -> {
                byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
                int at = bytes.length / 4 + seed % (bytes.length / 2);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, at);
                byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
                out.writeBytes(bad[seed % bad.length]);
                out.write(bytes, at, bytes.length - at);
                return new Mutation(kind, "byte " + at, out.toByteArray());
            }
            case "bom" -> {
                byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(seed % 2 == 0 ? new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                        : new byte[]{(byte) 0xFE, (byte) 0xFF});
                out.writeBytes(bytes);
                return new Mutation(kind, "byte 0", out.toByteArray());
            }
            case "nan" -> {
                String marker = "\"nan-here\"";
                target = List.of("/statements/0/confidence", "/formatVersion", "/statements/1/span/start")
                        .get(seed % 3);
                replace(doc, target, f.textNode("nan-here"));
                String text = doc.toString().replace(marker, List.of("NaN", "Infinity", "-Infinity").get(seed % 3));
                return new Mutation(kind, target, text.getBytes(StandardCharsets.UTF_8));
            }
            case "truncate" -> {
                byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
                int cut = 1 + seed % (bytes.length - 1);
                return new Mutation(kind, "byte " + cut, java.util.Arrays.copyOf(bytes, cut));
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return new Mutation(kind, target, doc.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode readJson(byte[] body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (java.io.IOException notJson) {
            return JsonNodeFactory.instance.missingNode();
        }
    }

    private static void replace(ObjectNode doc, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
    }

    private static void remove(ObjectNode doc, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
    }

    @Property(tries = 100)
    void everyMutatedDatasetIsRefusedWithAProblemNamingTheFaultOrLoadedWhereLegal(
            @ForAll("mutations") Mutation mutation) {
        CASES.incrementAndGet();
        FuzzServer.Answer answer = server.postDataset(mutation.body());
        assertThat(answer.status()).as("%s -> %s", mutation, answer.body()).isLessThan(500);
        if (answer.status() == 200 || answer.status() == 201) {
            assertThat(server.delete("fuzz-bridge").status()).isEqualTo(204);
        } else {
            assertThat(answer.status()).as("%s -> %s", mutation, answer.body()).isIn(400, 413, 422);
            assertThat(answer.isProblem()).as("%s -> %s", mutation, answer.body()).isTrue();
            assertThat(namesTheFault(mutation, answer.json())).as("%s -> %s", mutation, answer.body()).isTrue();
        }
        assertThat(server.fingerprint()).as("graph after %s", mutation).isEqualTo(original);
    }

    /**
     * The answer points at the fault: a problem's pointer on the path to the mutated value (or below it), or, for a
     * document that is not JSON at all, a detail that says where the JSON breaks.
     */
    static boolean namesTheFault(Mutation mutation, JsonNode problem) {
        String detail = problem.path("detail").asText();
        if (!mutation.pointer().startsWith("/")) {
            return detail.contains("JSON") || detail.contains("UTF-8") || detail.contains("bytes")
                    || detail.contains("line") || detail.contains("empty");
        }
        List<String> pointers = new ArrayList<>();
        problem.path("problems").forEach(p -> pointers.add(p.path("pointer").asText()));
        if (pointers.isEmpty()) {
            return detail.contains("JSON") || detail.contains("line") || detail.contains("bytes");
        }
        String at = mutation.pointer();
        for (String p : pointers) {
            if (at.startsWith(p) || p.startsWith(at) || sameItem(p, at)) {
                return true;
            }
        }
        // changing the article's text moves the words under every statement's span: a verbatim statement that no
        // longer equals its span is reported at the statement (found with seed 6294403128568901097)
        if (at.equals("/article/text")) {
            for (JsonNode p : problem.path("problems")) {
                String pointer = p.path("pointer").asText();
                if (pointer.startsWith("/statements/")
                        && (pointer.contains("/span") || p.path("message").asText().contains("span"))) {
                    return true;
                }
            }
        }
        // another article id makes every statement id wrong, for they must start with it: reported at the statement
        // ids, by a message that quotes the new article id (found by CI's run: wrong-type "x" at /article/id)
        if (at.equals("/article/id")) {
            JsonNode written = readJson(mutation.body()).at(at);
            if (written.isTextual()) {
                for (JsonNode p : problem.path("problems")) {
                    if (p.path("pointer").asText().matches("/statements/\\d+/id")
                            && p.path("message").asText().contains("'" + written.asText() + ".'")) {
                        return true;
                    }
                }
            }
        }
        // removing an item or its id, or replacing the id, leaves the references to it dangling: reported where they
        // are used, by messages that quote the id
        if (mutation.kind().equals("remove") || mutation.kind().equals("wrong-type")) {
            JsonNode removed = base().at(at);
            String id = removed.isTextual() ? removed.asText() : removed.path("id").asText("");
            if (!id.isEmpty()) {
                for (JsonNode p : problem.path("problems")) {
                    if (p.path("message").asText().contains("'" + id + "'")) {
                        return true;
                    }
                }
            }
        }
        // a dangling or duplicate id is reported where it is used or defined, which may be elsewhere
        return mutation.kind().equals("duplicate-id") || mutation.kind().equals("dangling-reference")
                || mutation.kind().equals("span") || mutation.kind().equals("unpaired-surrogate");
    }

    /**
     * Whether two pointers are in the same statement, entity or article: a span moved off its text is reported at
     * the statement's text, which is where the two disagree.
     */
    static boolean sameItem(String a, String b) {
        return item(a).equals(item(b));
    }

    private static String item(String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length > 2 && (parts[1].equals("statements") || parts[1].equals("entities"))) {
            return "/" + parts[1] + "/" + parts[2];
        }
        return parts.length > 1 ? "/" + parts[1] : pointer;
    }

    @Example
    void aReplacedArticleTextIsRefusedAtTheStatementsWhoseSpansItMoved() {
        // The case the property met with seed 6294403128568901097: a text of about 50,000 characters, under the
        // size limit, so the fault shows where the verbatim statements no longer equal their spans.
        Mutation mutation = mutate("huge-string", "/article/text", 500);
        FuzzServer.Answer answer = server.postDataset(mutation.body());
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(namesTheFault(mutation, answer.json())).as(answer.body()).isTrue();
        assertThat(server.fingerprint()).isEqualTo(original);
    }

    @Example
    void anotherArticleIdIsRefusedAtEveryStatementIdThatNoLongerStartsWithIt() {
        CASES.incrementAndGet();
        Mutation mutation = mutate("wrong-type", "/article/id", 1);
        FuzzServer.Answer answer = server.postDataset(mutation.body());
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().path("problems")).as(answer.body()).hasSize(3);
        assertThat(namesTheFault(mutation, answer.json())).as(answer.body()).isTrue();
        assertThat(server.fingerprint()).isEqualTo(original);
    }

    @Example
    void aSpanOfAnIntegerTooLargeForTheRecordsIsRefusedAtTheSpanNotAnsweredWithAServerError() {
        // 1e308 is an integer to JSON Schema but not to an int: a 500 until the schema bounded spans (seed 4 writes
        // 1e308 at the pointer given)
        for (String target : List.of("/statements/0/span/start", "/statements/1/span/end")) {
            CASES.incrementAndGet();
            Mutation mutation = mutate("number", target, 4);
            assertThat(new String(mutation.body(), StandardCharsets.UTF_8)).contains("1e308");
            FuzzServer.Answer answer = server.postDataset(mutation.body());
            assertThat(answer.status()).as("%s -> %s", mutation, answer.body()).isEqualTo(422);
            assertThat(namesTheFault(mutation, answer.json())).as(answer.body()).isTrue();
        }
        assertThat(server.fingerprint()).isEqualTo(original);
    }

    @Example
    void aHundredMegabyteDatasetIsRefusedWithoutBeingRead() {
        CASES.incrementAndGet();
        byte[] huge = new byte[100 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        FuzzServer.Answer answer = server.postDataset(huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.isProblem()).isTrue();
        assertThat(server.fingerprint()).isEqualTo(original);
    }

    @Example
    void removingAnEntityIsRefusedWhereItsIdIsUsed() {
        CASES.incrementAndGet();
        Mutation mutation = mutate("remove", "/entities/0", 0);
        FuzzServer.Answer answer = server.postDataset(mutation.body());
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(namesTheFault(mutation, answer.json())).as(answer.body()).isTrue();
        assertThat(server.fingerprint()).isEqualTo(original);
    }

    @Example
    void theUnmutatedBaseLoadsAndDeletesWithoutATrace() {
        CASES.incrementAndGet();
        FuzzServer.Answer answer = server.postDataset(base().toString().getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(server.delete("fuzz-bridge").status()).isEqualTo(204);
        assertThat(server.fingerprint()).isEqualTo(original);
    }
}
