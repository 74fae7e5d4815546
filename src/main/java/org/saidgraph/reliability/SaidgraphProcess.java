package org.saidgraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * saidgraph in a JVM of its own, with its output in a log file: a server, a command such as {@code load}, or another
 * main class of the jar. It can be stopped as an operator would (SIGTERM) or killed as a crash would ({@code kill -9}).
 * Closing it kills it if it still runs, and so does the end of this JVM, so that no child outlives a failed proof.
 */
public final class SaidgraphProcess implements AutoCloseable {

    /** The write token the servers started here accept; given by environment, never on the command line. */
    public static final String TOKEN = "reliability-" + java.util.HexFormat.of().formatHex(
            java.security.SecureRandom.getSeed(12));

    private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern BOLT_PORT = Pattern.compile("Bolt on bolt://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path log;
    private final Thread reaper;
    private int httpPort = -1;

    private SaidgraphProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.reaper = new Thread(process::destroyForcibly, "saidgraph-child-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Starts {@code mainClass} (the application when null) with {@code args}; its output goes to {@code log}. */
    public static SaidgraphProcess start(Launcher launcher, List<String> jvmOptions, String mainClass,
                                         List<String> args, Path log) {
        List<String> command = launcher.command(jvmOptions, mainClass == null ? Launcher.APPLICATION : mainClass,
                args);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("SAIDGRAPH_API_WRITE_TOKEN", TOKEN);
            return new SaidgraphProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /**
     * A server over {@code dataDir}, on free ports of 127.0.0.1, loading no datasets at start, with a heap of
     * {@code heap} (such as 1g); {@code extra} adds or overrides Spring properties.
     */
    public static SaidgraphProcess server(Launcher launcher, Path dataDir, String heap, Path log, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--saidgraph.bolt.port=0", "--saidgraph.data-dir=" + dataDir.toAbsolutePath(),
                "--saidgraph.load-at-start=false", "--saidgraph.embedded.page-cache=128m",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extra));
        return start(launcher, List.of("-Xmx" + heap), null, args, log);
    }

    /** A command of the jar ({@code load DIR --saidgraph.data-dir=…}), with a heap of {@code heap}. */
    public static SaidgraphProcess command(Launcher launcher, String heap, Path log, String... args) {
        return start(launcher, List.of("-Xmx" + heap), null, List.of(args), log);
    }

    /** Waits until health says UP and returns the HTTP port; fails with the end of the log if it stops or times out. */
    public int awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Http http = new Http(Duration.ofSeconds(5));
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped (exit code " + process.exitValue() + "): "
                        + tail(40));
            }
            if (httpPort < 0) {
                Matcher port = HTTP_PORT.matcher(log());
                if (port.find()) {
                    httpPort = Integer.parseInt(port.group(1));
                }
            }
            if (httpPort > 0) {
                Http.Answer health = http.get(uri("/actuator/health"));
                if (health.status() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return httpPort;
                }
            }
            sleep(200);
        }
        throw new IllegalStateException("the server was not healthy within " + timeout + ": " + tail(40));
    }

    /** {@code http://127.0.0.1:<port><path>} of a server that {@link #awaitHealthy} has seen up. */
    public String uri(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    /** The embedded database's Bolt port, as the server logged it. */
    public int boltPort() {
        Matcher port = BOLT_PORT.matcher(log());
        if (!port.find()) {
            throw new IllegalStateException("the server has not logged its Bolt port: " + tail(20));
        }
        return Integer.parseInt(port.group(1));
    }

    /** Kills the process at once with SIGKILL, as a crash or a pulled plug would ({@code kill -9}). */
    public void kill9() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(60));
    }

    /** Asks the process to stop (SIGTERM) and waits; returns its exit code, or -1 if it had to be killed. */
    public int stop() {
        process.destroy();
        int code = waitFor(Duration.ofSeconds(90));
        if (code == -1) {
            kill9();
        }
        return code;
    }

    /** Waits for the process to end by itself; its exit code, or -1 if it still runs after {@code timeout}. */
    public int waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the process wrote so far. */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            // A log with a malformed byte (cut off by a kill) is read leniently.
            try {
                return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    /** The last {@code lines} lines of the log, to explain a failure. */
    public String tail(int lines) {
        List<String> all = log().lines().toList();
        return "\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill9();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
