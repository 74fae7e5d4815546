package org.saidgraph.evaluate;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Prints span-based (brat gold) figures: per article, overall, per rule, and with --verbose every attribution. */
public final class SpanReport {

    private static final String FORMAT = "%-46s %14s %6s %14s %14s %6s %14s %14s%n";

    private SpanReport() {
    }

    public static SpanScore overall(List<SpanScore> scores) {
        SpanScore total = null;
        for (SpanScore s : scores) {
            total = total == null ? s : total.plus(s);
        }
        return total;
    }

    public static void table(List<SpanScore> scores, PrintStream out) {
        out.printf(Locale.ROOT, FORMAT, "article", "direct found", "strict", "speaker right", "indirect found",
                "strict", "speaker right", "precision");
        out.println("-".repeat(134));
        for (SpanScore s : scores) {
            row(s, out);
        }
        SpanScore total = overall(scores);
        if (total != null) {
            out.println("-".repeat(134));
            row(total, out);
            out.printf(Locale.ROOT, "%narticles: %d, extraction failed on %d%n", total.articles(), total.failed());
        }
        out.println("""

                found = gold attributions a statement overlaps by at least half of each (edge quotes/punctuation
                ignored); strict = same trimmed boundaries; speaker right = among those found whose gold source
                resolves to someone; precision = statements that find any gold attribution (of any kind).""");
    }

    private static void row(SpanScore s, PrintStream out) {
        if (s.failed() > 0 && s.articles() == 1) {
            out.printf(Locale.ROOT, "%-46s %s%n", abbreviate(s.article(), 46), "EXTRACTION FAILED");
            return;
        }
        out.printf(Locale.ROOT, FORMAT, abbreviate(s.article(), 46),
                frac(s.direct().found(), s.direct().gold()), pct(s.direct().strict(), s.direct().gold()),
                frac(s.direct().speakerRight(), s.direct().speakerGold()),
                frac(s.indirect().found(), s.indirect().gold()), pct(s.indirect().strict(), s.indirect().gold()),
                frac(s.indirect().speakerRight(), s.indirect().speakerGold()),
                frac(s.precision().matching(), s.precision().system()));
    }

    public static void rules(SpanScore total, PrintStream out) {
        out.printf(Locale.ROOT, "%n%-28s %10s %14s %9s %9s %14s%n", "rule", "statements", "precision", "direct",
                "indirect", "speaker right");
        for (Map.Entry<String, SpanScore.Rule> e : total.rules().entrySet()) {
            SpanScore.Rule r = e.getValue();
            out.printf(Locale.ROOT, "%-28s %10d %14s %9d %9d %14s%n", e.getKey(), r.statements(),
                    frac(r.matching(), r.statements()), r.direct(), r.indirect(),
                    frac(r.speakerRight(), r.speakerGold()));
        }
        out.println("direct/indirect = gold attributions whose best match the rule made.");
    }

    /** One extracted article with its gold: the gold contents' pieces and the statements kept. */
    record Scored(Evaluator.SpanResult result, String text, List<GoldAttribution> gold,
                  List<List<BratAttribution.Span>> pieces, List<SystemStatement> statements) {

        /**
         * Whether {@code s} finds some gold attribution of any kind ([0]), and an in-scope one that none of the
         * statements {@code counted} accepts finds ([1]).
         */
        boolean[] finds(SystemStatement s, java.util.function.Predicate<SystemStatement> counted) {
            boolean found = false;
            boolean alone = false;
            for (int g = 0; g < gold.size(); g++) {
                if (pieces.get(g).isEmpty() || SpanScorer.overlap(text, s, pieces.get(g)) < 0.5) {
                    continue;
                }
                found = true;
                int gi = g;
                alone |= gold.get(g).kind() != GoldAttribution.Kind.OTHER && statements.stream().noneMatch(k ->
                        k != s && counted.test(k) && SpanScorer.overlap(text, k, pieces.get(gi)) >= 0.5);
            }
            return new boolean[]{found, alone};
        }
    }

    /** The articles extracted without failure, each with its gold and kept statements. */
    static List<Scored> scored(List<Evaluator.SpanResult> results) {
        List<Scored> out = new java.util.ArrayList<>();
        for (Evaluator.SpanResult r : results) {
            if (r.failure() == null && r.extracted() != null) {
                String text = r.gold().text();
                List<GoldAttribution> gold = r.gold().attributions();
                out.add(new Scored(r, text, gold, SpanScorer.contents(text, gold),
                        Evaluator.systemStatements(r.extracted())));
            }
        }
        return out;
    }

    /**
     * What each named filter dropped ({@code org.saidgraph.extract.NotSpeechFilters}): how many candidates, how many of
     * them would have found a gold attribution of any kind (precision they cost), and how many in-scope gold
     * attributions no kept statement finds because of them (recall they cost).
     */
    public static void filters(List<Evaluator.SpanResult> results, PrintStream out) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        out.println();
        for (Scored r : scored(results)) {
            String text = r.text();
            for (org.saidgraph.extract.DroppedStatement d : r.result().extracted().dropped()) {
                int[] n = counts.computeIfAbsent(d.filter(), k -> new int[3]);
                n[0]++;
                SystemStatement s = new SystemStatement(d.start(), d.end(), null, List.of(), d.rule(), null);
                boolean[] f = r.finds(s, k -> true);
                boolean found = f[0];
                boolean lost = f[1];
                n[1] += found ? 1 : 0;
                n[2] += lost ? 1 : 0;
                out.printf(Locale.ROOT, "  DROPPED  %-16s %-22s %-6s %-22s %s%n", d.filter(), d.rule(),
                        lost ? "LOST" : found ? "found" : "extra", abbreviate(d.source().replace('\n', ' '), 22),
                        snippet(text, d.start(), d.end()));
            }
        }
        out.printf(Locale.ROOT, "%n%-28s %10s %16s %22s%n", "filter", "dropped", "would have found",
                "in-scope gold now lost");
        counts.forEach((name, n) -> out.printf(Locale.ROOT, "%-28s %10d %16d %22d%n", name, n[0], n[1], n[2]));
    }

    /**
     * The statements that found no gold attribution, counted by rule and by {@link FalseStatementKind}: which false
     * statements a span bound or a quotation join would fix, and which only a filter of what is not speech.
     */
    public static void falseStatements(List<Evaluator.SpanResult> results, PrintStream out) {
        Map<String, int[]> byRule = new TreeMap<>();
        int[] total = new int[FalseStatementKind.values().length];
        for (Evaluator.SpanResult r : results) {
            if (r.failure() != null) {
                continue;
            }
            for (SpanScorer.Line l : r.result().lines()) {
                if (l.gold() == null && l.why() != null) {
                    byRule.computeIfAbsent(l.best().rule() == null ? "(unknown)" : l.best().rule(),
                            k -> new int[total.length])[l.why().ordinal()]++;
                    total[l.why().ordinal()]++;
                }
            }
        }
        out.printf(Locale.ROOT, "%n%-24s", "false statements");
        for (FalseStatementKind k : FalseStatementKind.values()) {
            out.printf(Locale.ROOT, " %16s", k.label());
        }
        out.println();
        byRule.put("(all rules)", total);
        byRule.forEach((rule, n) -> {
            out.printf(Locale.ROOT, "%-24s", rule);
            for (int c : n) {
                out.printf(Locale.ROOT, " %16d", c);
            }
            out.println();
        });
    }

    /**
     * What each cut that moves a reported statement's end did ({@code org.saidgraph.extract.ReportedSpanBounds}), and
     * each step that moves its start ({@code org.saidgraph.extract.StatementStarts}):
     * how many statements it cut, how many of them find some gold attribution before and after the cut (precision),
     * and how many in-scope gold attributions the cut statement finds (or matches strictly) that it did not, and the
     * other way round. A statement cut by several cuts is counted under their names joined.
     */
    public static void cuts(List<Evaluator.SpanResult> results, PrintStream out) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Evaluator.SpanResult r : results) {
            if (r.failure() != null || r.extracted() == null) {
                continue;
            }
            String text = r.gold().text();
            List<GoldAttribution> gold = r.gold().attributions();
            List<List<BratAttribution.Span>> pieces = SpanScorer.contents(text, gold);
            for (org.saidgraph.dataset.Statement st : r.extracted().dataset().statements()) {
                org.saidgraph.extract.Extractor.Trimmed t = r.extracted().trimmed().get(st.id());
                if (t == null || t.untrimmedEnd() < 0 && t.unmovedStart() < 0) {
                    continue;
                }
                int[] n = counts.computeIfAbsent(t.cuts(), k -> new int[9]);
                n[0]++;
                SystemStatement after = new SystemStatement(st.span().start(), st.span().end(), null, List.of(),
                        null, null);
                SystemStatement before = new SystemStatement(t.unmovedStart() < 0 ? st.span().start()
                        : t.unmovedStart(), t.untrimmedEnd() < 0 ? st.span().end() : t.untrimmedEnd(), null, List.of(),
                        null, null);
                boolean was = false;
                boolean is = false;
                for (int g = 0; g < gold.size(); g++) {
                    boolean w = SpanScorer.overlap(text, before, pieces.get(g)) >= 0.5;
                    boolean i = SpanScorer.overlap(text, after, pieces.get(g)) >= 0.5;
                    was |= w;
                    is |= i;
                    if (gold.get(g).kind() != GoldAttribution.Kind.OTHER && !pieces.get(g).isEmpty()) {
                        n[3] += !w && i ? 1 : 0;
                        n[4] += w && !i ? 1 : 0;
                        n[5] += !strict(text, before, pieces.get(g)) && strict(text, after, pieces.get(g)) ? 1 : 0;
                        n[6] += strict(text, before, pieces.get(g)) && !strict(text, after, pieces.get(g)) ? 1 : 0;
                    }
                }
                n[1] += was ? 1 : 0;
                n[2] += is ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "%n%-40s %8s %14s %14s %9s %9s %10s %10s%n", "cut", "cut", "matching before",
                "matching after", "found +", "found -", "strict +", "strict -");
        counts.forEach((name, n) -> out.printf(Locale.ROOT, "%-40s %8d %14d %14d %9d %9d %10d %10d%n", name, n[0],
                n[1], n[2], n[3], n[4], n[5], n[6]));
        out.println("found/strict +/- = in-scope gold attributions the cut statement finds (strictly) that it did not"
                + " before the cut, and the other way round.");
    }

    private static boolean strict(String text, SystemStatement s, List<BratAttribution.Span> gold) {
        BratAttribution.Span t = SpanScorer.trim(text, s.start(), s.end());
        return !gold.isEmpty() && t.start() == gold.get(0).start() && t.end() == gold.get(gold.size() - 1).end();
    }

    /** Every direct and indirect gold attribution with its best match, then every statement that matched nothing. */
    public static void details(String text, List<SpanScorer.Line> lines, PrintStream out) {
        for (SpanScorer.Line l : lines) {
            if (l.gold() == null) {
                out.printf(Locale.ROOT, "  EXTRA    %-22s %-24s %-16s %s%n", abbreviate(l.best().speakerName(), 22),
                        l.best().rule(), l.why() == null ? "" : l.why().label(),
                        snippet(text, l.best().start(), l.best().end()));
                out.printf(Locale.ROOT, "  %-8s %-22s %s%n", "", "  context:", text.substring(
                        Math.max(0, l.best().start() - 120), Math.min(text.length(), l.best().end() + 80))
                        .replace('\n', '|'));
                continue;
            }
            GoldAttribution g = l.gold();
            String content = snippet(text, g.attribution().contentStart(), g.attribution().contentEnd());
            String verdict;
            if (g.kind() == GoldAttribution.Kind.OTHER) {
                verdict = "other-kind match";
            } else if (l.best() == null) {
                verdict = "MISSED (cue: " + BratAttribution.text(text, g.attribution().cue()).replace('\n', ' ') + ")";
            } else if (Boolean.FALSE.equals(l.speakerRight())) {
                verdict = "WRONG SPEAKER " + l.best().speakerName() + " [" + l.best().rule() + "]";
            } else {
                verdict = (l.strict() ? "ok strict" : "ok") + " [" + l.best().rule() + "]";
            }
            out.printf(Locale.ROOT, "  %-8s %-22s %s: %s%n", g.kind().name().toLowerCase(Locale.ROOT),
                    abbreviate(g.speaker().surface() + "=" + g.speaker(), 22), verdict, content);
            if (Boolean.FALSE.equals(l.speakerRight()) && g.kind() != GoldAttribution.Kind.OTHER) {
                // Who spoke is read from the words before the content as much as from the content itself.
                out.printf(Locale.ROOT, "  %-8s %-22s %s%n", "", "  context:", text.substring(
                        Math.max(0, g.attribution().contentStart() - 200), Math.min(text.length(),
                                g.attribution().contentEnd() + 80)).replace('\n', '|'));
            }
            if (l.best() == null && g.kind() != GoldAttribution.Kind.OTHER) {
                int cs = g.attribution().cue().stream().mapToInt(BratAttribution.Span::start).min()
                        .orElse(g.attribution().contentStart());
                int from = Math.min(cs, g.attribution().contentStart());
                int to = Math.max(cs, g.attribution().contentEnd());
                out.printf(Locale.ROOT, "  %-8s %-22s %s%n", "", "  context:", text.substring(Math.max(0, from - 80),
                        Math.min(text.length(), to + 40)).replace('\n', '|'));
            }
            if (l.partial() != null && l.ofGold() > 0) {
                out.printf(Locale.ROOT, "  %-8s %-22s %s%n", "", String.format(Locale.ROOT, "  partly %.0f%%/%.0f%%:",
                        100 * l.ofSystem(), 100 * l.ofGold()), "[" + l.partial().rule() + "] "
                        + snippet(text, l.partial().start(), l.partial().end()));
            }
            if (l.best() != null && !l.strict() && g.kind() != GoldAttribution.Kind.OTHER) {
                out.printf(Locale.ROOT, "  %-8s %-22s %s%n", "", "  extracted:", snippet(text, l.best().start(),
                        l.best().end()));
            }
        }
    }

    private static String snippet(String text, int start, int end) {
        String t = text.substring(Math.max(0, start), Math.min(text.length(), end)).replace('\n', ' ');
        return t.length() <= 160 ? t : t.substring(0, 100) + " … " + t.substring(t.length() - 50);
    }

    private static String frac(int a, int b) {
        return b == 0 ? "-" : a + "/" + b + " " + Math.round(100.0 * a / b) + "%";
    }

    private static String pct(int a, int b) {
        return b == 0 ? "-" : Math.round(100.0 * a / b) + "%";
    }

    private static String abbreviate(String s, int n) {
        if (s == null) {
            return "";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
