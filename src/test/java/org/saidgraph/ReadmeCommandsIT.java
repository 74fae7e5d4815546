package org.saidgraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.saidgraph.support.QuestionFiles;
import org.saidgraph.support.ReadmeCommands;
import org.saidgraph.support.Seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command and every Cypher file the README shows, run as the README writes them, against the jar the build
 * made and a server started from it on free ports (failsafe: after {@code package}, like {@link PackagedJarIT}).
 * <p>
 * The commands are read from the README itself ({@link ReadmeCommands}), so a command added there is run here
 * without more ado when it is {@code java -jar target/saidgraph.jar …} or {@code curl …}. Any other command, and any
 * command that cannot run here exactly as written, has its entry in {@link #plan}, which says what runs instead and
 * why; a README command with no plan fails {@link ReadmeTest} at once, in {@code mvn test}. The files the examples
 * name ({@code my-article.json}, {@code article.txt}, …) are made from the seed in a scratch directory that links
 * the repository's {@code target}, {@code data}, {@code cypher} and {@code scripts}.
 */
class ReadmeCommandsIT {

    private static final Path README = Path.of("README.md");
    /** What the scratch directory links from the repository (the scripts build with Maven, so the pom and sources). */
    private static final List<String> LINKED = List.of("target", "data", "cypher", "scripts", "pom.xml", "src");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6); // seconds alone; minutes on a loaded machine
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOMCAT_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern BOLT_PORT = Pattern.compile("Bolt on bolt://127\\.0\\.0\\.1:(\\d+)");
    /** A driver call the README shows with a literal query and one parameter. */
    private static final Pattern DRIVER_SNIPPET = Pattern.compile(
            "executableQuery\\(\"([^\"]+)\"\\)\\s*\\.withParameters\\(Map\\.of\\(\"(\\w+)\", \"([^\"]+)\"\\)\\)");

    /** How a README command is run here. */
    enum Kind {
        /** As written (ports and /srv paths replaced), in the scratch directory; exit code as expected. */
        SHELL,
        /** The server this test starts, with free ports. */
        SERVER,
        /** {@code instead} runs in its place, for the reason given. */
        INSTEAD,
        /** Its query runs through the Java driver at the server's Bolt address. */
        DRIVER,
        /** Not run, for the reason given. */
        NOT_RUN,
        /** Not a command: a program named in a sentence. */
        MENTION
    }

    /** What to do with a command: how, what instead, the exit code expected, and why it is not run as written. */
    record Plan(Kind kind, String instead, int exitCode, String reason) {
    }

    /**
     * The plan for each README command (compared without its trailing {@code # comment} and with single spaces);
     * empty when it has none (then {@link ReadmeTest} fails).
     */
    static java.util.Optional<Plan> plan(String command) {
        if (command.matches(".*\\s#\\s*on the test corpus\\s*$")) {
            return java.util.Optional.of(new Plan(Kind.NOT_RUN, null, 0, "the server this test starts holds the seed "
                    + "only; CorpusApiTest loads the test corpus through the write API and asks the same questions "
                    + "over HTTP, asserting the answers the README gives"));
        }
        Plan plan = switch (command.replaceAll("\\s+#.*$", "").replaceAll("\\s+", " ").strip()) {
            case "mvn -DskipTests package && java -XX:SharedArchiveFile=target/saidgraph.jsa -jar target/saidgraph.jar"
                    -> new Plan(Kind.SERVER, null, 0, "package has run before this test; the server is started as "
                    + "written, on free ports (SERVER_PORT=0, SAIDGRAPH_BOLT_PORT=0) and with a data directory of "
                    + "its own, so that the load commands can use ./saidgraph-data while it runs");
            case "mvn verify" -> new Plan(Kind.NOT_RUN, null, 0, "this test is part of it");
            case "mvn package" -> new Plan(Kind.NOT_RUN, null, 0, "has run before this test");
            case "mvn spring-boot:run" -> new Plan(Kind.NOT_RUN, null, 0, "starts the same server as java -jar "
                    + "target/saidgraph.jar, which runs here; Maven would rebuild the project from inside its own "
                    + "build");
            case "java -jar target/saidgraph.jar" -> new Plan(Kind.INSTEAD,
                    "java -jar target/saidgraph.jar --saidgraph.exit-after-start=true",
                    0, "the server without the archive: started, loaded and stopped (exit-after-start), not left "
                    + "running beside the one this test uses; on the default ./saidgraph-data, so that the seed it "
                    + "loads is there for the commands that follow, as for a user (export --article)");
            case "java", "java -jar" -> new Plan(Kind.MENTION, null, 0, "a program named in a sentence");
            case "mvn -DskipTests package && NEO4J_PASSWORD=choose-one docker compose up" -> new Plan(Kind.NOT_RUN,
                    null, 0, "there is no Docker engine on the build machines; docker-compose.yml is kept correct "
                    + "by reading");
            case "cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -p \"$(cat saidgraph-data/bolt-password)\" "
                    + "\"MATCH (p:Person) RETURN p.name\"" -> new Plan(Kind.DRIVER, "MATCH (p:Person) RETURN p.name", 0,
                    "cypher-shell does not come with the project; its query runs through the Java driver at the same "
                    + "Bolt address, as neo4j with the password the server keeps in its data directory");
            case "mvn verify -Dsaidgraph.screenshots=docs/screenshots" -> new Plan(Kind.NOT_RUN, null, 0,
                    "renews the screenshots in docs/ by a second whole build; this build's browser tests take them "
                    + "in target/screenshots/");
            case "java -jar target/saidgraph.jar --saidgraph.api.write-token-file=$HOME/.saidgraph-token" -> new Plan(
                    Kind.INSTEAD, "openssl rand -hex 24 > saidgraph-token && java -jar target/saidgraph.jar "
                    + "--saidgraph.api.write-token-file=saidgraph-token --saidgraph.exit-after-start=true "
                    + "--saidgraph.data-dir=token-file-data", 0, "the server with its token in a file of the scratch "
                    + "directory instead of the user's home: started, loaded and stopped (exit-after-start)");
            case "SAIDGRAPH_API_WRITE_TOKEN=$(openssl rand -hex 24) java -jar target/saidgraph.jar" -> new Plan(
                    Kind.INSTEAD, "SAIDGRAPH_API_WRITE_TOKEN=$(openssl rand -hex 24) java -jar target/saidgraph.jar "
                    + "--saidgraph.exit-after-start=true --saidgraph.data-dir=token-data", 0,
                    "the server with a write token: started, loaded and stopped (exit-after-start), not left "
                    + "running beside the one this test uses");
            case "scripts/measure-export-memory.sh 1000000 512m" -> new Plan(Kind.INSTEAD,
                    "scripts/measure-export-memory.sh 2000 512m", 0,
                    "a million statements take many minutes to generate; 2,000 show the script works");
            case "scripts/measure-startup.sh 5" -> new Plan(Kind.INSTEAD, "scripts/measure-startup.sh 1", 0,
                    "each run starts the server three times; one run shows the script works");
            case "java -jar target/saidgraph.jar benchmark-extract" -> new Plan(Kind.INSTEAD,
                    "java -jar target/saidgraph.jar benchmark-extract --articles 2", 0,
                    "200 extractions take minutes; 2 show the command works");
            case "java -jar target/saidgraph.jar reliability" -> new Plan(Kind.INSTEAD,
                    "java -jar target/saidgraph.jar reliability --help", 0,
                    "its long runs take many minutes; their short versions run in mvn verify (ConcurrentLoadTest, "
                            + "DeadlockRetryTest, CrashRecoveryTest)");
            case "java -Xmx1g -jar target/saidgraph.jar benchmark-extract --articles 500" -> new Plan(Kind.INSTEAD,
                    "java -Xmx1g -jar target/saidgraph.jar benchmark-extract --articles 2", 0,
                    "500 extractions take minutes; 2 show the command works");
            case "java -jar target/saidgraph.jar generate --articles 10000 --seed 1 --out corpus/" -> new Plan(
                    Kind.INSTEAD, "java -jar target/saidgraph.jar generate --articles 20 --seed 1 --out corpus/", 0,
                    "10,000 articles take half a minute and 114 MB; 20 show the command works");
            case "/usr/bin/time -v java [-Xmx128m] -jar target/saidgraph.jar generate --articles N --out DIR" ->
                    new Plan(Kind.INSTEAD, "/usr/bin/time -v java -Xmx128m -jar target/saidgraph.jar generate "
                            + "--articles 20 --out timed-corpus/ || java -Xmx128m -jar target/saidgraph.jar generate "
                            + "--articles 20 --out timed-corpus/", 0, "a template: [-Xmx128m] is optional, N and DIR "
                            + "stand for a number and a directory (and /usr/bin/time may not be installed)");
            case "saidgraph() { java -jar /path/to/saidgraph/target/saidgraph.jar \"$@\"; }" -> new Plan(Kind.INSTEAD,
                    "saidgraph() { java -jar target/saidgraph.jar \"$@\"; }; "
                            + "source <(saidgraph generate-completion) && complete -p saidgraph", 0,
                    "/path/to/saidgraph stands for the clone; run with the next line, as the README says, and "
                            + "checked to have set up the completion");
            case "source <(saidgraph generate-completion)" -> new Plan(Kind.NOT_RUN, null, 0,
                    "runs with the line before it");
            case "java -jar target/saidgraph.jar load corpus/" -> new Plan(Kind.INSTEAD,
                    "java -jar target/saidgraph.jar load corpus/ | tail -n 1 | grep -E "
                            + "'^20 created, 0 updated, 0 unchanged, 0 rejected; [0-9]+ statements in [0-9.]+ s'", 0,
                    "run as written, over the 20 articles the generate line made here; the output the README shows "
                            + "is that of its 10,000, so only the summary line's form and counts are checked");
            case "java -jar target/saidgraph.jar validate broken.json" -> new Plan(Kind.SHELL, null, 1,
                    "the example of a rejected file: exit code 1 and the output the README shows");
            default -> null;
        };
        if (plan == null && (command.startsWith("java -jar target/saidgraph.jar ") || command.startsWith("curl "))) {
            plan = new Plan(Kind.SHELL, null, 0, null);
        }
        return java.util.Optional.ofNullable(plan);
    }

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String boltPassword;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopProcesses() throws InterruptedException, IOException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        for (String dir : LINKED) {
            Files.deleteIfExists(work.resolve(dir)); // the links, before JUnit cleans up (and warns of them)
        }
    }

    @Test
    void everyCommandAndCypherFileTheReadmeShowsRunsAsWritten() throws Exception {
        prepareScratchDirectory();
        Path serverLog = work.resolve("server.log");
        Process server = start(serverLog, List.of("java", "-XX:SharedArchiveFile=target/saidgraph.jsa", "-jar",
                "target/saidgraph.jar", "--saidgraph.data-dir=server-data"));
        int[] ports = awaitHealthy(server, serverLog);
        int httpPort = ports[0];
        int boltPort = ports[1];
        // The embedded database asks for a password: the one the first start generated and kept in its data directory.
        boltPassword = Files.readString(work.resolve("server-data/bolt-password")).strip();

        List<String> ran = new ArrayList<>();
        for (ReadmeCommands.Command command : ReadmeCommands.of(README)) {
            long t0 = System.nanoTime();
            Plan plan = plan(command.text()).orElseThrow(() -> new AssertionError("no plan for the README command "
                    + command.text() + " (add one to ReadmeCommandsIT.plan)"));
            switch (plan.kind()) {
                case SHELL -> {
                    Outcome outcome = shell(substitute(command.text(), httpPort, boltPort));
                    assertThat(outcome.exitCode()).as("exit code of %s; output:%n%s", command.text(), outcome.output())
                            .isEqualTo(plan.exitCode());
                    if (!command.shownOutput().isEmpty()) {
                        assertThat(lines(outcome.output())).as("the output the README shows for %s", command.text())
                                .containsExactlyInAnyOrderElementsOf(lines(String.join("\n", command.shownOutput())));
                    }
                    if (command.text().startsWith("curl -OJ ")) {
                        downloadedItsFile(command.text());
                    } else if (command.text().startsWith("curl ")) {
                        answersWithoutAProblem(command.text(), outcome.output());
                    }
                }
                case INSTEAD -> {
                    Outcome outcome = shell(plan.instead());
                    assertThat(outcome.exitCode()).as("exit code of %s (for %s); output:%n%s", plan.instead(),
                            command.text(), outcome.output()).isEqualTo(plan.exitCode());
                }
                case DRIVER -> assertThat(bolt(boltPort, plan.instead(), Map.of())).as(command.text()).isNotEmpty();
                case SERVER, NOT_RUN, MENTION -> {
                    // The server runs already; the others are listed with their reasons in plan().
                }
            }
            ran.add(command.text());
            System.out.printf("%6d ms  %s%n", (System.nanoTime() - t0) / 1_000_000, command.text());
        }
        assertThat(ran).as("the README's commands").hasSizeGreaterThan(10);

        // The Cypher files the README shows: the questions in both forms it gives, and the schema.
        Map<String, Map<String, Object>> questions = QuestionFiles.readmeParameters(README);
        assertThat(questions).hasSize(10);
        for (var question : questions.entrySet()) {
            String file = QuestionFiles.file(question.getKey());
            List<Record> driver = bolt(boltPort, QuestionFiles.body(file), question.getValue());
            List<Record> browser = QuestionFiles.browser(file, (q, p) -> bolt(boltPort, q, p));
            assertThat(driver).as(question.getKey()).isNotEmpty();
            assertThat(driver.stream().map(Record::asMap).toList()).as(question.getKey())
                    .isEqualTo(browser.stream().map(Record::asMap).toList());
        }
        for (String statement : org.saidgraph.graph.Cypher.script("schema")) {
            bolt(boltPort, statement, Map.of());
        }
        // The driver snippets of the README, with their literal query and parameter.
        Matcher snippet = DRIVER_SNIPPET.matcher(Files.readString(README));
        int snippets = 0;
        while (snippet.find()) {
            assertThat(bolt(boltPort, snippet.group(1), Map.of(snippet.group(2), snippet.group(3)))).isNotEmpty();
            snippets++;
        }
        assertThat(snippets).isPositive();
    }

    /** The files the README's examples name, made from the seed, beside links to the repository's directories. */
    private void prepareScratchDirectory() throws IOException {
        for (String dir : LINKED) {
            Files.createSymbolicLink(work.resolve(dir), Path.of(dir).toAbsolutePath());
        }
        Files.writeString(work.resolve("my-article.json"), renamed("my-article"));
        Files.createDirectories(work.resolve("other-dir"));
        Files.writeString(work.resolve("other-dir/other-article.json"), renamed("other-article"));
        Files.writeString(work.resolve("article.txt"), Seed.json().at("/article/text").asText());
        ObjectNode broken = Seed.json();
        ((ObjectNode) broken.at("/statements/0")).put("speaker", "elon-musks");
        ((ObjectNode) broken.at("/statements/4")).put("text", "No, it is.");
        Files.writeString(work.resolve("broken.json"), JSON.writeValueAsString(broken));
        Files.createDirectories(work.resolve("srv"));
    }

    /** The seed as another article: its id and its statements' ids changed. */
    private static String renamed(String articleId) throws IOException {
        ObjectNode dataset = Seed.json();
        ((ObjectNode) dataset.path("article")).put("id", articleId);
        String json = JSON.writeValueAsString(dataset);
        return json.replace("\"" + Seed.ARTICLE_ID + ".", "\"" + articleId + ".");
    }

    private static String substitute(String command, int httpPort, int boltPort) {
        return command.replace("127.0.0.1:8080", "127.0.0.1:" + httpPort)
                .replace("bolt://127.0.0.1:7687", "bolt://127.0.0.1:" + boltPort)
                .replace("saidgraph-data/bolt-password", "server-data/bolt-password")
                .replace("/srv/saidgraph", "srv/saidgraph");
    }

    private record Outcome(int exitCode, String output) {
    }

    /** Runs a command line with bash in the scratch directory, never on fixed ports. */
    private Outcome shell(String command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "command", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        freePorts(builder);
        Process process = builder.start();
        if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within " + COMMAND_TIMEOUT + ":\n"
                    + Files.readString(log));
        }
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private Process start(Path log, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        freePorts(builder);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static void freePorts(ProcessBuilder builder) {
        builder.environment().put("SERVER_PORT", "0");
        builder.environment().put("SAIDGRAPH_BOLT_PORT", "0");
    }

    /** Waits until /actuator/health says UP (the datasets loaded); returns the HTTP and Bolt ports. */
    private int[] awaitHealthy(Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(process.isAlive()).as("server still running; its log:%n%s", text).isTrue();
            Matcher port = TOMCAT_PORT.matcher(text);
            Matcher bolt = BOLT_PORT.matcher(text);
            if (port.find() && bolt.find()) {
                int p = Integer.parseInt(port.group(1));
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p
                        + "/actuator/health")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return new int[]{p, Integer.parseInt(bolt.group(1))};
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not healthy within " + START_TIMEOUT + "; log:\n" + Files.readString(log));
    }

    /** The file each export download is named by its Content-Disposition, as the README's table lists them. */
    private static final Map<String, String> EXPORT_FILES = Map.of(
            "graphml", "saidgraph.graphml",
            "cytoscape", "saidgraph.cyjs.json",
            "csv", "saidgraph-neo4j-import.zip",
            "jsonld", "saidgraph.jsonld");
    private static final Pattern EXPORT_URL = Pattern.compile("/api/export/(\\w+)");

    /**
     * A {@code curl -OJ} download prints curl's progress meter, not the answer: the answer is the file, saved under
     * the name the server gave. A problem would carry no such name (curl would save it under the URL's last part).
     */
    private void downloadedItsFile(String command) throws IOException {
        Matcher url = EXPORT_URL.matcher(command);
        assertThat(url.find()).as("an export URL in %s", command).isTrue();
        String name = EXPORT_FILES.get(url.group(1));
        assertThat(name).as("the file the README names for %s", command).isNotNull();
        Matcher article = Pattern.compile("[?&]article=([\\w-]+)").matcher(command);
        if (article.find()) {
            name = article.group(1) + "-" + name; // one article's subgraph is named for it
        }
        Path file = work.resolve(name);
        assertThat(file).as("%s saved under the name the server gave", command).exists();
        assertThat(Files.size(file)).as("size of %s", file).isPositive();
        if (!name.endsWith(".zip")) {
            assertThat(Files.readString(file)).as("%s", file).doesNotContain("\"status\":4", "\"status\":5");
        }
    }

    /** A curl command's answer is JSON and no problem (RFC 9457 bodies carry their status). */
    private static void answersWithoutAProblem(String command, String output) throws IOException {
        JsonNode answer = JSON.readTree(output);
        assertThat(answer).as("JSON from %s: %s", command, output).isNotNull();
        assertThat(answer.path("status").isInt() && answer.path("status").asInt() >= 400)
                .as("%s answered a problem: %s", command, output).isFalse();
    }

    private List<Record> bolt(int port, String query, Map<String, Object> parameters) {
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.basic("neo4j", boltPassword))) {
            return driver.executableQuery(query).withParameters(parameters).execute().records();
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
