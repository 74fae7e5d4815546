package org.saidgraph;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run command on the jar the build made: {@code java -XX:SharedArchiveFile=target/saidgraph.jsa -jar
 * target/saidgraph.jar}, in a process of its own, from the repository root. Runs after {@code package} (failsafe).
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/saidgraph.jar");
    private static final Path ARCHIVE = Path.of("target/saidgraph.jsa");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6); // seconds alone; minutes on a loaded machine

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path work;

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void theReadmeCommandServesTheSeedUsingTheClassDataArchiveAndARestartChangesNothing() throws Exception {
        assertThat(JAR).as("built by mvn package").isRegularFile();
        assertThat(ARCHIVE).as("recorded by mvn package").isRegularFile();
        Path data = work.resolve("data");

        Path firstLog = work.resolve("first.log");
        Process first = start(firstLog, data);
        int port = awaitHealthy(first, firstLog);
        String log = Files.readString(firstLog);
        // The JVM says this when the archive does not fit the jar or the JDK, and then starts without it.
        assertThat(log).doesNotContain("Unable to use shared archive").doesNotContain("[cds");
        assertThat(log).contains("Datasets in data/articles: 1 created, 0 updated, 0 unchanged, 0 rejected");

        HttpResponse<String> denials = get(port, "/api/statements?speaker=elon-musk&act=denial");
        assertThat(denials.statusCode()).isEqualTo(200);
        assertThat(denials.body()).contains("\"total\":2", "musk-ukraine-peace-plan.");
        String articles = get(port, "/api/articles").body();
        // The explorer page and its Cytoscape.js, found in the flat jar's WebJar by the version locator.
        assertThat(get(port, "/").body()).contains("/webjars/cytoscape/dist/cytoscape.min.js", "/explorer/app.js");
        HttpResponse<String> cytoscape = get(port, "/webjars/cytoscape/dist/cytoscape.min.js");
        assertThat(cytoscape.statusCode()).isEqualTo(200);
        assertThat(cytoscape.body()).contains("cytoscape");
        stop(first);

        Path secondLog = work.resolve("second.log");
        Process second = start(secondLog, data);
        port = awaitHealthy(second, secondLog);
        assertThat(Files.readString(secondLog))
                .contains("Datasets in data/articles: 0 created, 0 updated, 1 unchanged (1 not re-read), 0 rejected");
        assertThat(get(port, "/api/articles").body()).isEqualTo(articles);
    }

    @Test
    void exitAfterStartLoadsTheDatasetsAndStopsWithExitCodeZero() throws Exception {
        Path log = work.resolve("exit.log");
        Process process = start(log, work.resolve("data"), "--saidgraph.exit-after-start=true");
        assertThat(process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("exited").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("Datasets in data/articles: 1 created");
    }

    @Test
    void aMistypedCommandExitsWithTwoAndASuggestionWithinSecondsAndOpensNoPort() throws Exception {
        assertThat(run(work.resolve("literal.log"), "generat")).isEqualTo(2);
        assertThat(Files.readString(work.resolve("literal.log")))
                .contains("Did you mean: saidgraph generate", "Usage: saidgraph").doesNotContain("Tomcat");

        // The same with properties that would start a server on ports of our choosing: nothing ever listens there.
        int http = freePort();
        int bolt = freePort();
        Path data = work.resolve("data");
        Path log = work.resolve("ports.log");
        Process process = new ProcessBuilder(java(), "-jar", JAR.toString(), "generat", "--server.port=" + http,
                "--saidgraph.bolt.port=" + bolt, "--saidgraph.data-dir=" + data)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            assertThat(listening(http) || listening(bolt)).as("a port opened").isFalse();
            Thread.sleep(50);
        }
        assertThat(process.waitFor(1, TimeUnit.SECONDS)).as("exited within 30 s").isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(Files.readString(log)).contains("Did you mean: saidgraph generate");
        assertThat(data).doesNotExist();
    }

    /** Runs the jar with arguments to its end (at most 30 s) and answers its exit code. */
    private int run(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited within 30 s").isTrue();
        return process.exitValue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Process start(Path log, Path data, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:SharedArchiveFile=" + ARCHIVE, "-jar", JAR.toString(),
                "--server.port=0", "--saidgraph.bolt.port=0", "--saidgraph.data-dir=" + data));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    private static final Pattern TOMCAT_PORT = Pattern.compile("Tomcat started on port (\\d+)");

    /** Waits until /actuator/health says UP, which it does only once the datasets are loaded; returns the port. */
    private int awaitHealthy(Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("server still running; its log:%n%s", Files.readString(log)).isTrue();
            Matcher port = TOMCAT_PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (port.find()) {
                int p = Integer.parseInt(port.group(1));
                HttpResponse<String> health = get(p, "/actuator/health");
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return p;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not healthy within " + START_TIMEOUT + "; log:\n" + Files.readString(log));
    }

    private void stop(Process process) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
