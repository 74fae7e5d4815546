package org.saidgraph.extract;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.DatasetReader;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.InvalidDatasetException;
import org.saidgraph.dataset.DatasetFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Knowledge read from curated datasets on disk (data/articles), so that {@code extract} and {@code evaluate} work
 * without a database. A filter can hold an article out, so that evaluating on a curated article does not use the
 * answers it is being scored against.
 */
public final class CuratedKnownEntities {

    private CuratedKnownEntities() {
    }

    public static List<Dataset> read(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return List.of();
        }
        DatasetReader reader = new DatasetReader();
        List<Dataset> datasets = new ArrayList<>();
        for (Path file : DatasetFiles.expand(List.of(dir))) {
            try {
                datasets.add(reader.read(file));
            } catch (InvalidDatasetException e) {
                // An invalid curated file is reported by validate; extraction simply does without it.
            }
        }
        return datasets;
    }

    public static KnownEntities from(List<Dataset> datasets, Predicate<Dataset> include) {
        Map<String, KnownEntity> merged = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            if (!include.test(dataset)) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            dataset.entities().forEach(e -> names.put(e.id(), e.name()));
            for (Entity e : dataset.entities()) {
                List<KnownEntity.KnownRole> roles = e.roles().stream()
                        .map(r -> new KnownEntity.KnownRole(r.title(), r.of(), names.getOrDefault(r.of(), r.of())))
                        .toList();
                KnownEntity known = new KnownEntity(e.type(), e.id(), e.name(), e.aliases(), e.kind(),
                        e.description(), roles);
                merged.merge(e.id(), known, CuratedKnownEntities::union);
            }
        }
        return KnownEntities.of(new ArrayList<>(merged.values()));
    }

    private static KnownEntity union(KnownEntity a, KnownEntity b) {
        List<String> aliases = new ArrayList<>(a.aliases());
        b.aliases().stream().filter(x -> !aliases.contains(x)).forEach(aliases::add);
        List<KnownEntity.KnownRole> roles = new ArrayList<>(a.roles());
        b.roles().stream().filter(x -> !roles.contains(x)).forEach(roles::add);
        return new KnownEntity(a.type(), a.id(), b.name(), aliases, a.kind() != null ? a.kind() : b.kind(),
                a.description() != null ? a.description() : b.description(), roles);
    }
}
