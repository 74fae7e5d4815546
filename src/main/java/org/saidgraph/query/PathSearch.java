package org.saidgraph.query;

import org.neo4j.driver.Value;
import org.saidgraph.graph.Reads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All the shortest paths between two nodes, found by a breadth-first search from both ends at once that reads a
 * bounded part of the graph (issue 9). Each step expands the side whose frontier has fewer relationships: the ends'
 * degrees are read first, and each step reads the degrees of the nodes it reaches (all their relationships, one db hit
 * each), so that a much-mentioned territory or much-quoted person between the ends is reached from both sides rather
 * than read in part, and the answer stays exact where reckoning ten relationships a node would read a hub and cut
 * it; once a limit has cut the search, the side whose step reads fewer relationships (at most the fan-out of each
 * node). Each step reads at most {@link Limits#fanOut()} relationships of each node (of an end, at most half that of
 * each relationship type, so that a hub's sample holds both what it said and what mentions it) and
 * {@link Limits#budget()} in the whole search, and stops at the first step where the two searches meet. Between two much-quoted people the
 * search that {@code allShortestPaths} made read both their whole neighbourhoods (279,276 db hits at a million
 * statements); this one reads a part of the rarer one's and goes on from there.
 *
 * <p>When no limit cut a step, the answer is exactly that of {@code allShortestPaths} (PathSearchTest checks it
 * against the query it replaced): the searches meet first at the length of the shortest paths, and every shortest
 * path passes through a node of the step that met, reached from both ends through the parents recorded for each
 * node at its depth. When a limit cut a step, the paths found are real connections, but others, even shorter ones
 * through the relationships not read, may exist: the answer says {@code truncated}. Between two hubs (each end with
 * more than {@value #HUB_FAN_OUTS} times the fan-out of relationships) the fan-out is halved and the answer always says
 * {@code truncated}: such an answer was a sample already, and now a smaller one.
 */
public final class PathSearch {

    /**
     * An end with more than this many times the fan-out of relationships is a hub; between two hubs the search reads
     * half the fan-out of each node (issue 9: the most quoted pair read about 16,000 relationships, 8,000 with half,
     * and 22 ms of CPU per request could not reach the 100 ms p99 with 16 clients on 2 cores).
     */
    static final int HUB_FAN_OUTS = 2;

    /**
     * The work a search may do: at most {@code fanOut} relationships read from any one node in a step, at most
     * {@code budget} in all, at most {@code maxPaths} paths enumerated.
     */
    public record Limits(int fanOut, int budget, int maxPaths) {

        /**
         * The API's: 2,000 relationships per node, 10,000 in all (BENCHMARKS.md, Answering). Between hubs the search
         * meets after about 8,000 rows, so the budget cuts only searches that find nothing within it: over the 1M
         * graph the 30 pairs of bench query gave the same paths with 10,000 as with 20,000, and those that read
         * 20,000 relationships to find none read half as many.
         */
        public static final Limits API = new Limits(2_000, 10_000, PathQueries.MAX_PATHS);
    }

    /** A path as node and relationship element ids, from one end to the other: nodes.size() = rels.size() + 1. */
    public record Found(List<String> nodes, List<String> rels) {
    }

    /** The paths found, and whether a limit cut the search or their enumeration (then others may exist). */
    public record Result(List<Found> paths, boolean truncated) {
    }

    /** How a node was first reached from one end: through which relationship, from which node of the step before. */
    private record Hop(String rel, String from) {
    }

    /** One end's search: each node's depth and parents, and the frontier still to expand. */
    private static final class Side {
        final String start;
        final Map<String, Integer> depth = new HashMap<>();
        final Map<String, List<Hop>> parents = new HashMap<>();
        List<String> frontier;
        int radius;
        /** The frontier's relationships: all of them (reach), and how many a step would read (cost, capped per node). */
        long reach;
        long cost;

        Side(String start, long degree, int fanOut) {
            this.start = start;
            depth.put(start, 0);
            frontier = List.of(start);
            reach = degree;
            cost = Math.min(degree, fanOut);
        }
    }

    private PathSearch() {
    }

    /**
     * Searches, in the read transaction {@code tx}, the shortest paths of at most {@code maxHops} relationships
     * between the entities {@code from} and {@code to}; a {@link BadParameterException} naming {@code from} or
     * {@code to} when that id names no entity (path-ends.cypher tells, in the same transaction).
     */
    public static Result between(Reads.Tx tx, String from, String to, int maxHops, Limits limits) {
        Value ends = tx.single("query/path-ends", Map.of("from", from, "to", to));
        if (ends.get("fromKey").isNull()) {
            throw EntityQueries.unknown("from", from);
        }
        if (ends.get("toKey").isNull()) {
            throw EntityQueries.unknown("to", to);
        }
        return search(tx, ends.get("fromKey").asString(), ends.get("fromDegree").asLong(),
                ends.get("toKey").asString(), ends.get("toDegree").asLong(), maxHops, limits);
    }

    /**
     * Searches, in the read transaction {@code tx}, the shortest paths of at most {@code maxHops} relationships
     * between the nodes {@code fromKey} and {@code toKey} (element ids, with their degrees from path-ends.cypher).
     */
    private static Result search(Reads.Tx tx, String fromKey, long fromDegree, String toKey, long toDegree, int maxHops,
                         Limits limits) {
        // Between two hubs, half the fan-out: their answer is a sample whatever the fan-out (each end alone has more
        // relationships than are read of it), and says truncated; any other answer keeps the full fan-out.
        boolean hubs = fromDegree > HUB_FAN_OUTS * limits.fanOut() && toDegree > HUB_FAN_OUTS * limits.fanOut();
        limits = hubs ? new Limits(Math.max(1, limits.fanOut() / 2), limits.budget(), limits.maxPaths()) : limits;
        Side a = new Side(fromKey, fromDegree, limits.fanOut());
        Side b = new Side(toKey, toDegree, limits.fanOut());
        int left = limits.budget();
        boolean truncated = hubs;
        while (a.radius + b.radius < maxHops && !a.frontier.isEmpty() && !b.frontier.isEmpty()) {
            if (left <= 0) {
                return new Result(List.of(), true);
            }
            // While nothing was cut, the side whose whole neighbourhood is smaller, so that the answer stays exact
            // as long as it can; once a limit cut the search, the side that reads fewer relationships.
            Side near = truncated ? (a.cost <= b.cost ? a : b) : (a.reach <= b.reach ? a : b);
            Side far = near == a ? b : a;
            List<Value> rows;
            boolean end = near.radius == 0;
            if (end) {
                // An end: at most half the fan-out of each type, so that a hub's sample holds what it said and what
                // mentions it alike.
                int each = Math.max(1, limits.fanOut() / 2);
                rows = new ArrayList<>();
                Map<String, Integer> perType = new HashMap<>();
                for (Value row : tx.rows("query/path-expand-end", Map.of("node", near.start, "each", each + 1))) {
                    if (perType.merge(row.get("type").asString(), 1, Integer::sum) > each) {
                        truncated = true;
                    } else {
                        rows.add(row);
                    }
                }
            } else {
                rows = tx.rows("query/path-expand", Map.of("nodes", near.frontier,
                        "fanOut", limits.fanOut() + 1, "limit", left + 1));
            }
            if (rows.size() > left) {
                rows = rows.subList(0, left);
                truncated = true;
            }
            left -= rows.size();
            truncated |= expand(near, rows, end ? Integer.MAX_VALUE : limits.fanOut(), limits.fanOut());
            List<String> meeting = new ArrayList<>();
            int shortest = Integer.MAX_VALUE;
            for (String node : near.frontier) {
                Integer there = far.depth.get(node);
                if (there == null) {
                    continue;
                }
                int length = near.radius + there;
                if (length < shortest) {
                    shortest = length;
                    meeting.clear();
                }
                if (length == shortest) {
                    meeting.add(node);
                }
            }
            if (!meeting.isEmpty()) {
                return paths(a, b, meeting, limits.maxPaths(), truncated);
            }
        }
        return new Result(List.of(), truncated);
    }

    /**
     * One step of a side: its frontier's relationships become the next frontier, whose reach is the sum of its nodes'
     * degrees (all their relationships, the types a path may not take too: an upper bound read without reading
     * them) and whose cost is that of each at most {@code nextFanOut}; true when the fan-out cut one.
     */
    private static boolean expand(Side side, List<Value> rows, int fanOut, int nextFanOut) {
        int next = side.radius + 1;
        Map<String, Integer> read = new HashMap<>();
        List<String> frontier = new ArrayList<>();
        long cost = 0;
        long reach = 0;
        boolean cut = false;
        for (Value row : rows) {
            String from = row.get("node").asString();
            if (read.merge(from, 1, Integer::sum) > fanOut) {
                cut = true;
                continue;
            }
            String to = row.get("next").asString();
            Integer depth = side.depth.get(to);
            if (depth == null) {
                side.depth.put(to, next);
                frontier.add(to);
                long degree = row.get("degree").asLong();
                reach += degree;
                cost += Math.min(degree, nextFanOut);
            } else if (depth != next) {
                continue; // reached sooner: not on a shortest path through this step
            }
            side.parents.computeIfAbsent(to, k -> new ArrayList<>()).add(new Hop(row.get("rel").asString(), from));
        }
        side.frontier = frontier;
        side.radius = next;
        side.cost = cost;
        side.reach = reach;
        return cut;
    }

    /** Every path through the meeting nodes, from {@code a}'s start to {@code b}'s, at most {@code max}. */
    private static Result paths(Side a, Side b, List<String> meeting, int max, boolean truncated) {
        List<Found> paths = new ArrayList<>();
        boolean more = false;
        for (String node : meeting) {
            List<Found> towardA = halves(a, node, max + 1);
            List<Found> towardB = halves(b, node, max + 1);
            for (Found x : towardA) {
                for (Found y : towardB) {
                    if (paths.size() == max) {
                        return new Result(paths, true);
                    }
                    paths.add(join(x, y));
                }
            }
            more |= towardA.size() > max || towardB.size() > max;
        }
        return new Result(paths, truncated || more);
    }

    /** The paths from the side's start to {@code node} through the recorded parents, at most {@code max}. */
    private static List<Found> halves(Side side, String node, int max) {
        if (node.equals(side.start)) {
            return List.of(new Found(List.of(node), List.of()));
        }
        List<Found> halves = new ArrayList<>();
        for (Hop hop : side.parents.get(node)) {
            for (Found before : halves(side, hop.from(), max)) {
                if (halves.size() == max) {
                    return halves;
                }
                List<String> nodes = new ArrayList<>(before.nodes());
                nodes.add(node);
                List<String> rels = new ArrayList<>(before.rels());
                rels.add(hop.rel());
                halves.add(new Found(nodes, rels));
            }
        }
        return halves;
    }

    /** A half from a's start to the meeting node, and one from b's start to it, joined from a's start to b's. */
    private static Found join(Found fromA, Found fromB) {
        List<String> nodes = new ArrayList<>(fromA.nodes());
        for (int i = fromB.nodes().size() - 2; i >= 0; i--) {
            nodes.add(fromB.nodes().get(i));
        }
        List<String> rels = new ArrayList<>(fromA.rels());
        for (int i = fromB.rels().size() - 1; i >= 0; i--) {
            rels.add(fromB.rels().get(i));
        }
        return new Found(nodes, rels);
    }

    /** The element ids of every node and relationship of the paths, each once, in order of appearance. */
    static Map<String, List<String>> elements(List<Found> paths) {
        LinkedHashMap<String, Boolean> nodes = new LinkedHashMap<>();
        LinkedHashMap<String, Boolean> rels = new LinkedHashMap<>();
        paths.forEach(p -> {
            p.nodes().forEach(n -> nodes.put(n, true));
            p.rels().forEach(r -> rels.put(r, true));
        });
        return Map.of("nodes", List.copyOf(nodes.keySet()), "rels", List.copyOf(rels.keySet()));
    }
}
