package org.saidgraph.evaluate;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.dataset.Statement;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.SpanEnds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where annotators end reported content, counted: every reported statement the extractor finds with no span cut
 * applied ({@link Extractor#learningEnds()}) is set against the gold attribution it overlaps most, and for each
 * phrase that closes the statement in the parse, and for the phrase right after it that hangs on one of its words
 * ({@link SpanEnds.Candidate}), the count under each of the phrase's keys says whether that gold content keeps the
 * phrase, leaves it out, or ends inside it; and, ending the statement before a closing phrase (or after a following
 * one), how many in-scope gold attributions would be found that were not, and lost. A closing key is cut (a
 * following key taken in) when the annotators left such phrases out (kept them) at least {@code min} times and in at
 * least {@code share} of the times they kept or left them, and doing so finds {@code margin} times as many
 * attributions as it loses. Only counts are kept: no article text leaves this class. {@code saidgraph learn-bounds}
 * writes the result as {@code extract/span-ends-learned.tsv}.
 */
public final class EndStatistics {

    /** The counts of one key. */
    public record Count(int keep, int leave, int inside, int gained, int lost) {
        Count plus(Count o) {
            return new Count(keep + o.keep, leave + o.leave, inside + o.inside, gained + o.gained, lost + o.lost);
        }

        /**
         * Whether a statement is to be ended before a closing phrase of this key (or, for a following phrase, to take
         * it in): by the annotators' majority, and when doing so finds attributions, {@code margin} times as many as
         * it loses (a key that finds about as many as it loses is a coin toss, however the annotators lean).
         */
        boolean apply(boolean extension, int min, double share, double margin) {
            int yes = extension ? keep : leave;
            return yes >= min && yes >= share * (keep + leave) && gained > 0 && gained >= margin * lost;
        }
    }

    public record Result(int articles, int failed, int statements, int phrases, Map<String, Count> counts) {
    }

    private EndStatistics() {
    }

    /** Extracts every pair with {@code extractor} (made with {@link Extractor#learningEnds()}) and counts. */
    public static Result collect(List<Evaluator.Pair> pairs, Extractor extractor, List<Dataset> knowledge,
                                 int threads) {
        Evaluator evaluator = new Evaluator(extractor, knowledge, true);
        List<Evaluator.SpanResult> results = Parallel.map(pairs, threads, evaluator::evaluateSpans);
        Map<String, Count> counts = new TreeMap<>();
        int failed = 0;
        int statements = 0;
        int phrases = 0;
        for (Evaluator.SpanResult r : results) {
            if (r.failure() != null) {
                failed++;
                continue;
            }
            String text = r.gold().text();
            List<GoldAttribution> gold = r.gold().attributions();
            List<List<BratAttribution.Span>> pieces = SpanScorer.contents(text, gold);
            for (Statement s : r.extracted().dataset().statements()) {
                List<SpanEnds.Candidate> ends = r.extracted().ends().getOrDefault(s.id(), List.of());
                if (ends.isEmpty()) {
                    continue;
                }
                statements++;
                for (SpanEnds.Candidate c : ends) {
                    Count n = count(text, gold, pieces, s.span().start(), s.span().end(), c);
                    if (n != null) {
                        phrases++;
                        c.keys().forEach(k -> counts.merge(k, n, Count::plus));
                    }
                }
            }
        }
        return new Result(pairs.size(), failed, statements, phrases, counts);
    }

    /** What the gold attribution that overlaps {@code [start, end)} most does with the phrase {@code c}; null: none. */
    static Count count(String text, List<GoldAttribution> gold, List<List<BratAttribution.Span>> pieces, int start,
                       int end, SpanEnds.Candidate c) {
        BratAttribution.Span whole = SpanScorer.trim(text, start, end);
        SystemStatement before = new SystemStatement(start, end, null, List.of(), null, null);
        SystemStatement after = new SystemStatement(start, c.end(), null, List.of(), null, null);
        int best = -1;
        int bestOverlap = 0;
        int gained = 0;
        int lost = 0;
        for (int g = 0; g < gold.size(); g++) {
            List<BratAttribution.Span> p = pieces.get(g);
            if (p.isEmpty()) {
                continue;
            }
            int both = overlap(p, whole.start(), whole.end());
            if (both > bestOverlap && overlap(p, whole.start(), Math.min(whole.end(), c.end())) > 0) {
                best = g;
                bestOverlap = both;
            }
            if (gold.get(g).kind() != GoldAttribution.Kind.OTHER) {
                boolean was = SpanScorer.overlap(text, before, p) >= 0.5;
                boolean is = SpanScorer.overlap(text, after, p) >= 0.5;
                gained += !was && is ? 1 : 0;
                lost += was && !is ? 1 : 0;
            }
        }
        if (best < 0) {
            return null;
        }
        List<BratAttribution.Span> p = pieces.get(best);
        int goldEnd = p.get(p.size() - 1).end();
        // A closing phrase is left out when the gold ends before its first word, kept when the gold runs to the
        // statement's end; a following phrase is left out when the gold ends with the statement, kept when it runs to
        // the phrase's end.
        boolean leave = goldEnd <= (c.extension() ? whole.end() : c.opener());
        boolean keep = !leave && goldEnd >= (c.extension() ? SpanScorer.trim(text, start, c.end()).end() : whole.end());
        return new Count(keep ? 1 : 0, leave ? 1 : 0, !keep && !leave ? 1 : 0, gained, lost);
    }

    private static String verdict(String key, Count n, int min, double share, double margin) {
        boolean extension = key.startsWith(SpanEnds.NEXT);
        return n.apply(extension, min, share, margin) ? extension ? "extend" : "cut" : extension ? "stay" : "keep";
    }

    /** Counts written earlier by {@link #format} (with a low {@code min}), to decide again without extracting. */
    public static Result read(java.nio.file.Path file) throws java.io.IOException {
        Map<String, Count> counts = new TreeMap<>();
        for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 7) {
                throw new IllegalArgumentException(file + ": expected 7 columns in " + line);
            }
            counts.put(c[0], new Count(Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                    Integer.parseInt(c[4]), Integer.parseInt(c[5])));
        }
        List<String> header = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(": (\\d+) articles \\((\\d+) failed\\), (\\d+) "
                + "reported statements, (\\d+) closing").matcher(header.isEmpty() ? "" : header.get(0));
        return m.find() ? new Result(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), counts)
                : new Result(0, 0, 0, 0, counts);
    }

    /** The corpus a table written by {@link #format} was learned from, as its first line names it. */
    public static String source(java.nio.file.Path file) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        String first = lines.isEmpty() ? "" : lines.get(0);
        String prefix = "# Where annotated reported content ends, learned from ";
        return first.startsWith(prefix) && first.indexOf(": ") > 0 ? first.substring(prefix.length(), first.indexOf(": ", prefix.length())) : file.toString();
    }

    private static int overlap(List<BratAttribution.Span> pieces, int start, int end) {
        int both = 0;
        for (BratAttribution.Span s : pieces) {
            both += Math.max(0, Math.min(s.end(), end) - Math.max(s.start(), start));
        }
        return both;
    }

    /**
     * The file {@code learn-bounds} writes: a header saying how it was computed, then one row per key met at least
     * {@code min} times: key, kept, left out, ended inside, attributions found and lost by cutting, verdict.
     */
    public static String format(Result r, String source, int min, double share, double margin) {
        StringBuilder b = new StringBuilder();
        b.append("# Where annotated reported content ends, learned from ").append(source).append(": ")
                .append(r.articles()).append(" articles (").append(r.failed()).append(" failed), ")
                .append(r.statements()).append(" reported statements, ").append(r.phrases())
                .append(" closing or following phrases set against the gold content they overlap most.\n")
                .append("# Recompute: java -jar target/saidgraph.jar learn-bounds --gold ").append(source)
                .append(" --out src/main/resources/extract/span-ends-learned.tsv\n")
                .append("# key<TAB>kept<TAB>left out<TAB>ended inside<TAB>found by applying<TAB>lost by applying"
                        + "<TAB>verdict. Key: [next: a phrase right after the statement, hanging on one of its words]\n"
                        + "#   the phrase's relation to its head (+subj: it has its own subject; @cue: it hangs on the"
                        + " speech verb) | the punctuation before it (_: none) | its first word (function words,"
                        + " participles) or its tag.\n")
                .append(String.format(Locale.ROOT, "# Verdict cut (a closing phrase) / extend (a following one): the"
                        + " gold left it out / kept it at least %d times and in at least %.0f%% of the times it kept"
                        + " or left it out,%n#   and applying finds in-scope attributions, %s times as many as it"
                        + " loses. Keys met at least %d times; the most specific key met decides.%n", min, 100 * share,
                        java.math.BigDecimal.valueOf(margin).stripTrailingZeros().toPlainString(), min));
        List<Map.Entry<String, Count>> rows = new ArrayList<>(r.counts().entrySet());
        for (Map.Entry<String, Count> e : rows) {
            Count n = e.getValue();
            if (n.keep() + n.leave() + n.inside() >= min) {
                b.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t%s%n", e.getKey(), n.keep(), n.leave(),
                        n.inside(), n.gained(), n.lost(), verdict(e.getKey(), n, min, share, margin)));
            }
        }
        return b.toString();
    }
}
