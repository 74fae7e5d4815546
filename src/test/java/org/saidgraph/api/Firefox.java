package org.saidgraph.api;

import org.openqa.selenium.bidi.BiDi;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.bidi.Connection;
import org.openqa.selenium.bidi.Event;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's Firefox ESR, headless, driven through WebDriver BiDi, the W3C protocol Firefox speaks itself (Debian has
 * no geckodriver, and nothing is downloaded at test time). Selenium's BiDi connection carries the commands; the page
 * is read with {@code script.evaluate} and typed into with {@code input.performActions}, as a user's keys. Every
 * console message at level error is kept for {@link #consoleErrors()}.
 */
final class Firefox implements AutoCloseable {

    static final Path FIREFOX = Path.of(Optional.ofNullable(System.getenv("FIREFOX_BIN")).filter(s -> !s.isBlank())
            .orElse("/usr/bin/firefox-esr"));
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final BiDi bidi;
    private final String context;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /** Why the Firefox tests cannot run here, or empty when they can. */
    static Optional<String> unavailable() {
        return Files.isExecutable(FIREFOX) ? Optional.empty()
                : Optional.of("needs Firefox at " + FIREFOX + " (Debian's firefox-esr; .ci/run installs it)");
    }

    Firefox(int width, int height) {
        try {
            profile = Files.createTempDirectory("saidgraph-firefox");
            // No updates, telemetry or remote settings: the test talks only to 127.0.0.1.
            Files.writeString(profile.resolve("user.js"), String.join("\n",
                    "user_pref(\"app.update.enabled\", false);",
                    "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
                    "user_pref(\"toolkit.telemetry.enabled\", false);",
                    "user_pref(\"services.settings.server\", \"http://127.0.0.1:9/\");",
                    "user_pref(\"network.captive-portal-service.enabled\", false);",
                    "user_pref(\"browser.shell.checkDefaultBrowser\", false);", ""));
            process = new ProcessBuilder(FIREFOX.toString(), "--headless", "--no-remote", "--profile",
                    profile.toString(), "--remote-debugging-port=0", "about:blank")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = endpoint();
        HttpClient client = HttpClient.Factory.createDefault().createClient(ClientConfig.defaultConfig()
                .baseUri(URI.create(url)).readTimeout(Duration.ofSeconds(60)));
        bidi = new BiDi(new Connection(client, url + "/session"), Duration.ofSeconds(60));
        bidi.send(command("session.new", Map.of("capabilities", Map.of())));
        bidi.addListener(new Event<Map<String, Object>>("log.entryAdded", Firefox::map), entry -> {
            if ("error".equals(entry.get("level"))) {
                errors.add(String.valueOf(entry.get("text")));
            }
        });
        Map<String, Object> tree = bidi.send(command("browsingContext.getTree", Map.of()));
        context = (String) map(((List<?>) tree.get("contexts")).get(0)).get("context");
        viewport(width, height);
    }

    /** The WebSocket address Firefox prints when its remote agent listens (port 0: a free one). */
    private String endpoint() {
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        found.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                found.completeExceptionally(e);
            }
            found.completeExceptionally(new IllegalStateException("Firefox ended without a BiDi endpoint"));
        }, "firefox-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return found.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("Firefox did not start its WebDriver BiDi agent", e);
        }
    }

    void viewport(int width, int height) {
        bidi.send(command("browsingContext.setViewport", Map.of("context", context,
                "viewport", Map.of("width", width, "height", height))));
    }

    void navigate(String url) {
        bidi.send(command("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete")));
    }

    /** Evaluates a JavaScript expression in the page (awaiting a promise) and returns its value as JSON-like Java. */
    Object js(String expression) {
        Map<String, Object> answer = bidi.send(command("script.evaluate", Map.of("expression", expression,
                "target", Map.of("context", context), "awaitPromise", true)));
        if (!"success".equals(answer.get("type"))) {
            throw new IllegalStateException("script failed: " + answer.get("exceptionDetails"));
        }
        return value(answer.get("result"));
    }

    /** Types the given keys (characters, or WebDriver key codes such as U+E007 for Enter) into the focused element. */
    void type(String keys) {
        List<Map<String, Object>> actions = new ArrayList<>();
        keys.codePoints().mapToObj(Character::toString).forEach(k -> {
            actions.add(Map.of("type", "keyDown", "value", k));
            actions.add(Map.of("type", "keyUp", "value", k));
        });
        bidi.send(command("input.performActions", Map.of("context", context,
                "actions", List.of(Map.of("type", "key", "id", "keyboard", "actions", actions)))));
    }

    /** Waits up to 30 s for the JavaScript expression to be true. */
    void waitFor(String what, String expression) {
        waitUntil(what, () -> Boolean.TRUE.equals(js(expression)));
    }

    static void waitUntil(String what, Supplier<Boolean> condition) {
        Instant end = Instant.now().plusSeconds(30);
        while (!condition.get()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    /** Forgets the console errors containing the text (a probe the test wrote itself). */
    void forget(String text) {
        errors.removeIf(e -> e.contains(text));
    }

    List<String> consoleErrors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void close() {
        try {
            bidi.send(command("session.end", Map.of()));
        } catch (RuntimeException ignored) {
            // the browser goes anyway
        } finally {
            bidi.close();
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile; best effort
            }
        }
    }

    private static Command<Map<String, Object>> command(String method, Map<String, Object> params) {
        return new Command<>(method, params, Firefox::map);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** A BiDi remote value (typed tree) as plain Java: strings, numbers, booleans, lists, maps, null. */
    private static Object value(Object remote) {
        Map<String, Object> v = map(remote);
        Object inner = v.get("value");
        return switch (String.valueOf(v.get("type"))) {
            case "string", "boolean" -> inner;
            case "number" -> inner instanceof Number n ? n.doubleValue() : inner;
            case "array" -> ((List<?>) inner).stream().map(Firefox::value).toList();
            case "object" -> {
                Map<String, Object> out = new java.util.LinkedHashMap<>();
                for (Object pair : (List<?>) inner) {
                    List<?> kv = (List<?>) pair;
                    out.put(String.valueOf(kv.get(0)), value(kv.get(1)));
                }
                yield out;
            }
            default -> null;
        };
    }
}
