package org.saidgraph.extract;

import org.saidgraph.dataset.Entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, first-level regions (Ukraine's oblasts, Russia's claimed annexations), cities and rivers of war news,
 * read from {@code extract/gazetteer.tsv}, written from general knowledge and shipped with the project. Names are
 * matched case-sensitively, because "US" is a country and "us" is not.
 */
public final class Gazetteer {

    private final Map<String, Place> byId = new LinkedHashMap<>();
    private final Map<String, List<Entity.AnnexationClaim>> annexations = new HashMap<>();

    public Gazetteer(List<Place> places, Map<String, List<Entity.AnnexationClaim>> annexations) {
        places.forEach(p -> byId.put(p.id(), p));
        this.annexations.putAll(annexations);
    }

    /** The gazetteer that ships in the jar. */
    public static Gazetteer shipped() {
        List<Place> places = new ArrayList<>();
        for (String[] row : rows("/extract/gazetteer.tsv")) {
            places.add(new Place(row[0], row[1], row[2], split(col(row, 3), ","), split(col(row, 4), "\\|"),
                    split(col(row, 5), ",")));
        }
        Map<String, List<Entity.AnnexationClaim>> claims = new HashMap<>();
        for (String[] row : rows("/extract/annexations.tsv")) {
            claims.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new Entity.AnnexationClaim(row[1], Integer.parseInt(row[2]), Boolean.parseBoolean(row[3])));
        }
        return new Gazetteer(places, claims);
    }

    public List<Place> places() {
        return List.copyOf(byId.values());
    }

    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Entity.AnnexationClaim> annexationClaims(String id) {
        return annexations.getOrDefault(id, List.of());
    }

    /** The entity a dataset gives for a place, with its parents and annexation claims. */
    public Entity entity(Place place, double confidence, List<String> presentIds) {
        List<String> parents = place.partOf().stream().filter(presentIds::contains).toList();
        List<Entity.AnnexationClaim> claims = annexationClaims(place.id()).stream()
                .filter(c -> presentIds.contains(c.by())).toList();
        return new Entity(org.saidgraph.dataset.EntityType.TERRITORY, place.id(), place.name(),
                place.aliases().stream().distinct().toList(), place.kind(), null, null, null, parents, claims,
                confidence);
    }

    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The words of a data file's rows whose first columns are {@code keys}, read from the column after them, trimmed
     * and in lower case: {@code words("/extract/speaker-nouns.tsv", "entourage")}. A file with no such row is a
     * packaging mistake, so it fails at once rather than leaving a rule without its words.
     */
    static java.util.Set<String> words(String resource, String... keys) {
        java.util.Set<String> words = rows(resource).stream()
                .filter(r -> java.util.stream.IntStream.range(0, keys.length)
                        .allMatch(i -> col(r, i).trim().equals(keys[i])))
                .map(r -> col(r, keys.length).trim().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (words.isEmpty()) {
            throw new IllegalStateException(resource + " has no words for " + String.join(" ", keys));
        }
        return words;
    }

    static String col(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }

    static List<String> split(String s, String separator) {
        return s.isBlank() ? List.of() : Arrays.stream(s.split(separator)).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
    }
}
