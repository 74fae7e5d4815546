package org.saidgraph.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores extracted statements against brat gold as PolNeAR's README for saidgraph defines it: a statement finds a
 * gold attribution when its span (for a quotation in parts, its parts together) and the gold content (all pieces
 * together) overlap by at least half of each,
 * ignoring quotation marks, punctuation and spaces at the edges; strictly when the trimmed boundaries are equal. The
 * speaker of a found attribution is judged on the statement that overlaps it most, against the gold source
 * resolved by {@link GoldSources}; attributions whose source cannot be resolved (none, "you") are left out of the
 * speaker figures. Precision counts the statements that find some gold attribution of any kind.
 */
public final class SpanScorer {

    private static final String EDGE = "\"'“”‘’«»„‚‹›,.;:!?…—–-()[] \t\n\r";

    /** One row of the verbose listing: a gold attribution with its best match, or a statement that matched none. */
    public record Line(GoldAttribution gold, SystemStatement best, boolean strict, Boolean speakerRight,
                       SystemStatement partial, double ofSystem, double ofGold, FalseStatementKind why) {
        Line(GoldAttribution gold, SystemStatement best, boolean strict, Boolean speakerRight) {
            this(gold, best, strict, speakerRight, null, 0, 0, null);
        }
    }

    public record Result(SpanScore score, List<Line> lines) {
    }

    public Result score(String article, BratGold gold, List<SystemStatement> system) {
        String text = gold.text();
        ArticleWords words = new ArticleWords(text);
        int[] tally = new int[10];
        Map<String, int[]> perRule = new TreeMap<>();
        List<Line> lines = new ArrayList<>();
        Map<SystemStatement, Boolean> matched = new HashMap<>();
        system.forEach(s -> matched.put(s, false));
        List<List<BratAttribution.Span>> allPieces = new ArrayList<>();
        Map<Integer, Boolean> foundGold = new HashMap<>();
        for (GoldAttribution g : gold.attributions()) {
            List<BratAttribution.Span> pieces = trim(text, g.attribution().content());
            allPieces.add(pieces);
            SystemStatement best = null;
            double bestScore = 0;
            for (SystemStatement s : system) {
                double sc = overlap(text, s, pieces);
                if (sc >= 0.5) {
                    matched.put(s, true);
                    foundGold.put(allPieces.size() - 1, true);
                    if (sc > bestScore) {
                        best = s;
                        bestScore = sc;
                    }
                }
            }
            if (g.kind() == GoldAttribution.Kind.OTHER) {
                if (best != null) {
                    lines.add(new Line(g, best, false, null));
                }
                continue;
            }
            int base = g.kind() == GoldAttribution.Kind.DIRECT ? 0 : 5;
            tally[base]++;
            if (best == null) {
                // For the listing: the statement that overlaps most, to tell a boundary error from a miss.
                SystemStatement partial = null;
                double[] shares = {0, 0};
                for (SystemStatement s : system) {
                    double[] sh = shares(text, s, pieces);
                    if (sh[0] + sh[1] > shares[0] + shares[1]) {
                        partial = s;
                        shares = sh;
                    }
                }
                lines.add(new Line(g, null, false, null, partial, shares[0], shares[1], null));
                continue;
            }
            tally[base + 1]++;
            BratAttribution.Span t = trim(text, best.start(), best.end());
            boolean strict = !pieces.isEmpty() && t.start() == pieces.get(0).start()
                    && t.end() == pieces.get(pieces.size() - 1).end();
            if (strict) {
                tally[base + 2]++;
            }
            Boolean right = null;
            int[] r = perRule.computeIfAbsent(rule(best), k -> new int[6]);
            r[base == 0 ? 2 : 3]++;
            if (g.speaker().resolvable()) {
                tally[base + 3]++;
                right = g.speaker().accepts(best.speakerName(), best.speakerAliases(), words);
                r[4]++;
                if (right) {
                    tally[base + 4]++;
                    r[5]++;
                }
            }
            lines.add(new Line(g, best, strict, right));
        }
        int matching = 0;
        for (SystemStatement s : system) {
            int[] r = perRule.computeIfAbsent(rule(s), k -> new int[6]);
            r[0]++;
            if (matched.get(s)) {
                matching++;
                r[1]++;
            } else {
                lines.add(new Line(null, s, false, null, null, 0, 0,
                        FalseStatementKind.of(text, s, system, allPieces, foundGold)));
            }
        }
        Map<String, SpanScore.Rule> rules = new TreeMap<>();
        perRule.forEach((k, r) -> rules.put(k, new SpanScore.Rule(r[0], r[1], r[2], r[3], r[4], r[5])));
        SpanScore score = new SpanScore(article, new SpanScore.Kind(tally[0], tally[1], tally[2], tally[3], tally[4]),
                new SpanScore.Kind(tally[5], tally[6], tally[7], tally[8], tally[9]),
                new SpanScore.Precision(system.size(), matching), rules, 1, 0);
        return new Result(score, lines);
    }

    private static String rule(SystemStatement s) {
        return s.rule() == null ? "(unknown)" : s.rule();
    }

    /** The smaller of the two shares of overlap (of the statement, of the gold), 0 when they do not meet. */
    static double overlap(String text, SystemStatement s, List<BratAttribution.Span> gold) {
        double[] sh = shares(text, s, gold);
        return Math.min(sh[0], sh[1]);
    }

    /**
     * The share of the statement that is gold, and the share of the gold that is the statement. A statement in parts
     * is its pieces together, as the gold content is: the attribution between them is neither's content.
     */
    static double[] shares(String text, SystemStatement s, List<BratAttribution.Span> gold) {
        List<BratAttribution.Span> mine = trim(text, s.pieces());
        int sys = mine.stream().mapToInt(BratAttribution.Span::length).sum();
        int g = gold.stream().mapToInt(BratAttribution.Span::length).sum();
        if (sys <= 0 || g <= 0) {
            return new double[]{0, 0};
        }
        int both = 0;
        for (BratAttribution.Span t : mine) {
            for (BratAttribution.Span p : gold) {
                both += Math.max(0, Math.min(p.end(), t.end()) - Math.max(p.start(), t.start()));
            }
        }
        return new double[]{(double) both / sys, (double) both / g};
    }

    /** The content of each gold attribution, trimmed ({@link #trim(String, List)}), in the order given. */
    static List<List<BratAttribution.Span>> contents(String text, List<GoldAttribution> gold) {
        return gold.stream().map(g -> trim(text, g.attribution().content())).toList();
    }

    /** The gold pieces with the first trimmed at its start and the last at its end. */
    static List<BratAttribution.Span> trim(String text, List<BratAttribution.Span> pieces) {
        List<BratAttribution.Span> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            BratAttribution.Span p = pieces.get(i);
            BratAttribution.Span t = trim(text, p.start(), p.end());
            int start = i == 0 ? t.start() : p.start();
            int end = i == pieces.size() - 1 ? t.end() : p.end();
            if (end > start) {
                out.add(new BratAttribution.Span(start, end));
            }
        }
        return out;
    }

    static BratAttribution.Span trim(String text, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && EDGE.indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && EDGE.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return new BratAttribution.Span(s, e);
    }
}
