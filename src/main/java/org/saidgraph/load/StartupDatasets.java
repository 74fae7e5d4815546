package org.saidgraph.load;

import org.saidgraph.dataset.DatasetFiles;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.InvalidDatasetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Loads every dataset under {@code saidgraph.datasets} when the server starts ({@link DirectoryLoader}: files not
 * changed since they were loaded are not read again), logs progress every five seconds and one summary line. A
 * rejected dataset is logged with all its problems and does not stop the others.
 * <p>
 * The load begins on a thread of its own as soon as the graph is ready, so that it overlaps the rest of the
 * application's start (the first queries are slow while Cypher plans them); the application counts as started only
 * when it is done ({@link #run} waits for it), and health reports OUT_OF_SERVICE until then.
 */
@Component
@ConditionalOnProperty(name = "saidgraph.load-at-start", havingValue = "true", matchIfMissing = true)
class StartupDatasets implements ApplicationRunner, HealthIndicator, StartupLoad {

    private static final Logger log = LoggerFactory.getLogger(StartupDatasets.class);

    private final DatasetReader reader;
    private final DatasetLoader loader;
    private final Path datasets;
    /** What the start-up load did, for the health endpoint; null until it has finished. */
    private volatile Map<String, Object> summary;

    StartupDatasets(DatasetReader reader, DatasetLoader loader,
                    @Value("${saidgraph.datasets:data/articles}") Path datasets) {
        this.reader = reader;
        this.loader = loader;
        this.datasets = datasets;
    }

    /** Out of service until the datasets are loaded, so that a healthy server answers with its data. */
    @Override
    public Health health() {
        Map<String, Object> loaded = summary;
        return loaded == null ? Health.outOfService().withDetail("datasets", "loading").build()
                : Health.up().withDetails(loaded).build();
    }

    @Override
    public boolean loading() {
        return summary == null;
    }

    private java.util.concurrent.CompletableFuture<Void> loading;

    @jakarta.annotation.PostConstruct
    void startLoading() {
        loading = java.util.concurrent.CompletableFuture.runAsync(this::loadAll,
                task -> new Thread(task, "saidgraph-startup-datasets").start());
    }

    @Override
    public void run(ApplicationArguments args) {
        loading.join();
    }

    /** The directory as health may show it: as configured when relative, else only its name. */
    private static String shown(Path directory) {
        return directory.isAbsolute() && directory.getFileName() != null ? directory.getFileName().toString()
                : directory.toString();
    }

    private void loadAll() {
        if (!Files.isDirectory(datasets)) {
            log.warn("No datasets loaded: {} is not a directory (set saidgraph.datasets)", datasets.toAbsolutePath());
            summary = Map.of("directory", shown(datasets), "exists", false);
            return;
        }
        LoadSummary loaded;
        try (LoadProgress progress = LoadProgress.lines(log::info, Duration.ofSeconds(5))) {
            loaded = new DirectoryLoader(reader, loader).load(List.of(datasets), DirectoryLoader.Options.defaults(),
                    progress, rejected -> log.error("Rejected {}", rejected.getMessage()));
        }
        // As configured (relative, normally): health is public, and an absolute path tells about the machine.
        summary = Map.of("directory", shown(datasets),
                "created", loaded.created(),
                "updated", loaded.updated(),
                "unchanged", loaded.unchanged(),
                "rejected", loaded.rejected());
        log.info("Datasets in {}: {}", datasets, loaded);
    }
}
