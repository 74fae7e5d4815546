package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.saidgraph.graph.Graph;
import org.springframework.stereotype.Service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Timelines: what a person said, or what was said about a territory, bucketed by day or week, so that a change of
 * stance shows as a change from one bucket to the next. The statements come from {@code cypher/query/timeline.cypher}
 * (by each statement's {@code date}); the buckets are made here.
 */
@Service
public class Timelines {

    /** The buckets a timeline may span: a longer range asked for is a 400, a longer default range is cut. */
    public static final int MAX_BUCKETS = 400;
    /** The statements a timeline reads at most (earliest first); beyond, it says it is truncated. */
    public static final int MAX_STATEMENTS = 5000;
    /** The utterances listed per bucket at most (all are counted). */
    public static final int MAX_ITEMS = 50;

    /** The size of a bucket. */
    public enum Bucket {
        DAY, WEEK;

        static Bucket parse(String value) {
            if (value == null || value.isBlank()) {
                return WEEK;
            }
            for (Bucket b : values()) {
                if (b.name().equalsIgnoreCase(value.strip())) {
                    return b;
                }
            }
            throw new BadParameterException("bucket", "must be day or week, but was '" + value + "'");
        }

        LocalDate start(LocalDate day) {
            return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        LocalDate end(LocalDate start) {
            return this == DAY ? start : start.plusDays(6);
        }

        long count(LocalDate from, LocalDate to) {
            return ChronoUnit.DAYS.between(start(from), start(to)) / (this == DAY ? 1 : 7) + 1;
        }

        LocalDate back(LocalDate to, int buckets) {
            return this == DAY ? to.minusDays(buckets - 1L) : start(to).minusWeeks(buckets - 1L);
        }
    }

    private final Graph graph;
    private final EntityQueries entities;

    public Timelines(Graph graph, EntityQueries entities) {
        this.graph = graph;
        this.entities = entities;
    }

    /**
     * The timeline of what the entity said ({@code kind} person, organization or group) or, for a territory, of what
     * mentions it (and its parts with {@code includeParts}). Without {@code from} or {@code to}, the range starts or
     * ends with its statements (and a default range longer than {@value #MAX_BUCKETS} buckets keeps its latest ones).
     */
    public Timeline timeline(EntityQueries.Kind kind, String id, LocalDate from, LocalDate to, String bucketName,
                             boolean includeParts) {
        Bucket bucket = Bucket.parse(bucketName);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "must not be after 'to', but " + from + " is after " + to);
        }
        if (from != null && to != null && bucket.count(from, to) > MAX_BUCKETS) {
            throw new BadParameterException("to", "the range from " + from + " to " + to + " spans "
                    + bucket.count(from, to) + " " + bucket.name().toLowerCase() + "s; at most " + MAX_BUCKETS
                    + " are allowed (ask for a shorter range or bucket=week)");
        }
        EntityDetail entity = entities.entity(kind, id);
        EntityRef ref = new EntityRef(id, entity.name(), kind.word);
        boolean territory = kind == EntityQueries.Kind.TERRITORY;
        Value range = read("query/timeline-range", Map.of("id", id, "territory", territory,
                "includeParts", includeParts)).get(0);
        long undated = range.get("undated").asLong();
        if (from == null || to == null) {
            LocalDate earliest = range.get("earliest").isNull() ? null : range.get("earliest").asLocalDate();
            LocalDate latest = range.get("latest").isNull() ? null : range.get("latest").asLocalDate();
            if (earliest == null) {
                return new Timeline(ref, str(from), str(to), bucket.name().toLowerCase(), 0, false, undated,
                        List.of());
            }
            boolean fromGiven = from != null;
            to = to != null ? to : (from != null && from.isAfter(latest) ? from : latest);
            from = from != null ? from : (earliest.isAfter(to) ? to : earliest);
            if (bucket.count(from, to) > MAX_BUCKETS) {
                if (fromGiven) {
                    to = bucket.end(bucket.start(from).plusDays((MAX_BUCKETS - 1L) * (bucket == Bucket.DAY ? 1 : 7)));
                } else {
                    from = bucket.back(to, MAX_BUCKETS);
                }
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("territory", territory);
        params.put("includeParts", includeParts);
        params.put("from", from);
        params.put("to", to);
        params.put("max", MAX_STATEMENTS + 1);
        List<Value> rows = read("query/timeline", params);
        boolean truncated = rows.size() > MAX_STATEMENTS;
        if (truncated) {
            rows = rows.subList(0, MAX_STATEMENTS);
        }
        return new Timeline(ref, from.toString(), to.toString(), bucket.name().toLowerCase(), rows.size(), truncated,
                undated, buckets(rows, bucket));
    }

    private static List<Timeline.Bucket> buckets(List<Value> rows, Bucket bucket) {
        Map<LocalDate, List<Value>> byStart = new TreeMap<>();
        for (Value r : rows) {
            byStart.computeIfAbsent(bucket.start(r.get("date").asLocalDate()), k -> new ArrayList<>()).add(r);
        }
        List<Timeline.Bucket> buckets = new ArrayList<>();
        byStart.forEach((start, list) -> buckets.add(bucket(start, bucket.end(start), list)));
        return buckets;
    }

    /** One bucket from its statements, earliest first: acts and positions counted, each utterance once. */
    private static Timeline.Bucket bucket(LocalDate start, LocalDate end, List<Value> rows) {
        Map<String, Long> acts = new TreeMap<>();
        Map<List<String>, Set<EntityRef>> speakers = new LinkedHashMap<>();
        Map<List<String>, Long> positionCounts = new LinkedHashMap<>();
        Map<String, Value> firstOfUtterance = new LinkedHashMap<>();
        Map<String, Long> reports = new HashMap<>();
        for (Value r : rows) {
            acts.merge(r.get("act").asString("statement"), 1L, Long::sum);
            EntityRef speaker = Rows.entity(r.get("speaker"));
            for (Value p : r.get("positions").values()) {
                List<String> key = List.of(p.get("territory").asString(), p.get("position").asString());
                positionCounts.merge(key, 1L, Long::sum);
                if (speaker != null) {
                    speakers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(speaker);
                }
            }
            String utterance = r.get("utterance").isNull() ? r.get("id").asString() : r.get("utterance").asString();
            firstOfUtterance.putIfAbsent(utterance, r);
            reports.merge(utterance, 1L, Long::sum);
        }
        List<Timeline.PositionCount> positions = new ArrayList<>();
        positionCounts.forEach((key, count) -> positions.add(new Timeline.PositionCount(key.get(0), key.get(1),
                List.copyOf(speakers.getOrDefault(key, Set.of())), count)));
        positions.sort((a, b) -> Long.compare(b.statements(), a.statements()));
        List<Timeline.Item> items = new ArrayList<>();
        firstOfUtterance.forEach((utterance, r) -> {
            if (items.size() < MAX_ITEMS) {
                items.add(new Timeline.Item(r.get("id").asString(), r.get("utterance").isNull() ? null : utterance,
                        r.get("date").asLocalDate().toString(), Rows.entity(r.get("speaker")),
                        r.get("act").asString(null), r.get("text").asString(null), r.get("verbatim").asBoolean(false),
                        reports.get(utterance), r.get("occurrences").isNull() ? 1 : r.get("occurrences").asLong(),
                        r.get("positions").asList(p -> new TerritoryStatement.TerritoryPosition(
                                p.get("territory").asString(), p.get("position").asString())),
                        Rows.parts(r.get("parts"), r.get("text").asString(null))));
            }
        });
        return new Timeline.Bucket(start.toString(), end.toString(), rows.size(), firstOfUtterance.size(), acts,
                positions, items);
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private List<Value> read(String query, Map<String, Object> params) {
        return graph.reads().rows(query, params);
    }
}
