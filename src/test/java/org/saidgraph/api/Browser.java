package org.saidgraph.api;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven through its chromedriver: the binaries the machine has (CHROME_BIN and
 * CHROMEDRIVER override the paths), nothing downloaded. Every console message is kept so a test can assert there was
 * no error; screenshots go to target/screenshots, or to the folder named by -Dsaidgraph.screenshots (the README's
 * pictures are taken with -Dsaidgraph.screenshots=docs/screenshots).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(env("CHROME_BIN", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;
    private final List<LogEntry> console = new ArrayList<>();

    /** Why the browser tests cannot run here, or empty when they can. */
    static Optional<String> unavailable() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of("needs Chromium at " + CHROMIUM + " and chromedriver at " + CHROMEDRIVER
                    + " (Debian's chromium and chromium-driver; .ci/run installs them)");
        }
        return Optional.empty();
    }

    Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("saidgraph-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + Math.max(width, 800) + "," + (height + 200),
                "--hide-scrollbars");
        // The viewport itself is set by device emulation: a desktop window cannot be narrower than 500 px, and a
        // phone's width is what the page is tested at (touch and the mobile viewport included).
        boolean phone = width < 700;
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", width,
                "height", height, "pixelRatio", 1.0, "mobile", phone, "touch", phone)));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    WebDriver driver() {
        return driver;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T waitFor(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(condition);
    }

    /** The console messages since the last call, kept for {@link #consoleErrors()} as well. */
    List<LogEntry> console() {
        List<LogEntry> fresh = driver.manage().logs().get(LogType.BROWSER).getAll();
        console.addAll(fresh);
        return fresh;
    }

    /** Every console message at level SEVERE (errors, CSP violations, failed loads) seen so far. */
    List<String> consoleErrors() {
        console();
        return console.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("saidgraph.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile; best effort
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
