package org.saidgraph.evaluate;

import org.saidgraph.dataset.Dataset;
import org.saidgraph.extract.Extractor;
import org.saidgraph.extract.CandidateFilter;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Learns the {@link CandidateFilter} from brat gold (PolNeAR {@code train}): every candidate statement the sieves
 * produce, with the filter off, is labelled real when it finds some gold attribution (the scorer's matching: overlap
 * of at least half of each span, as precision counts it); a logistic regression with an L2 penalty is fitted on the
 * candidates' features; only the candidates of rules with a low precision on the training articles are judged; the
 * threshold is the one that maximises F1 (precision of the statements, share of in-scope
 * gold attributions found) on out-of-fold probabilities, the folds being whole articles of the training material
 * itself. Nothing of the articles is kept but the weights.
 */
public final class FilterTraining {

    /**
     * One candidate statement: its article (index), features, whether it finds some gold attribution, and which
     * in-scope (direct or indirect) gold attributions it finds, as corpus-wide numbers.
     */
    public record Candidate(int article, List<String> features, boolean real, int[] gold) {
    }

    /** Every candidate of the training articles, with the number of in-scope gold attributions they hold. */
    public record Corpus(List<Candidate> candidates, int inScopeGold, int articles, int failed) {
    }

    /** A threshold with the precision, share of gold found and F1 that out-of-fold probabilities give it. */
    public record Point(double threshold, double precision, double found, double f1, int kept) {
    }

    /** The fitted filter, the threshold curve it was chosen from, and the figures with everything kept. */
    public record Model(CandidateFilter filter, List<Point> curve, Point chosen, Point keepAll) {
    }

    private FilterTraining() {
    }

    /** Extracts every pair with {@code keepAll} (an extractor whose filter keeps everything) and labels its output. */
    public static Corpus collect(List<Evaluator.Pair> pairs, Extractor keepAll, List<Dataset> knowledge, int threads) {
        Evaluator evaluator = new Evaluator(keepAll, knowledge, true);
        List<Evaluator.SpanResult> results = Parallel.map(pairs, threads, evaluator::evaluateSpans);
        List<Candidate> candidates = new ArrayList<>();
        int goldBase = 0;
        int failed = 0;
        for (int a = 0; a < results.size(); a++) {
            Evaluator.SpanResult r = results.get(a);
            List<GoldAttribution> gold = r.gold().attributions();
            if (r.failure() != null) {
                failed++;
            } else {
                String text = r.gold().text();
                List<List<BratAttribution.Span>> pieces = gold.stream()
                        .map(g -> SpanScorer.trim(text, g.attribution().content())).toList();
                for (org.saidgraph.dataset.Statement s : r.extracted().dataset().statements()) {
                    SystemStatement st = SystemStatement.of(s, null, List.of(), null);
                    boolean real = false;
                    List<Integer> found = new ArrayList<>();
                    for (int g = 0; g < gold.size(); g++) {
                        if (SpanScorer.overlap(text, st, pieces.get(g)) >= 0.5) {
                            real = true;
                            if (gold.get(g).kind() != GoldAttribution.Kind.OTHER) {
                                found.add(goldBase + g);
                            }
                        }
                    }
                    candidates.add(new Candidate(a, r.extracted().features().get(s.id()), real,
                            found.stream().mapToInt(Integer::intValue).toArray()));
                }
            }
            goldBase += gold.size();
        }
        int inScope = (int) results.stream().flatMap(r -> r.gold().attributions().stream())
                .filter(g -> g.kind() != GoldAttribution.Kind.OTHER).count();
        return new Corpus(candidates, inScope, pairs.size(), failed);
    }

    /** A rule is judged by the filter when it made at least this many training candidates … */
    static final int JUDGED_MIN_CANDIDATES = 50;
    /** … and fewer than this share of them find a gold attribution. */
    static final double JUDGED_BELOW_PRECISION = 0.75;

    /**
     * The rules ("rule=NAME" features) the filter judges: those with enough training candidates and a low precision.
     * A rule with few examples (its weights would rest on a handful of articles) or a high precision keeps all it
     * finds.
     */
    static Set<String> judgedRules(List<Candidate> candidates) {
        Map<String, int[]> perRule = new HashMap<>();
        for (Candidate c : candidates) {
            c.features().stream().filter(f -> f.startsWith("rule=") && !f.contains("|")).findFirst().ifPresent(rule -> {
                int[] n = perRule.computeIfAbsent(rule, k -> new int[2]);
                n[0]++;
                n[1] += c.real() ? 1 : 0;
            });
        }
        Set<String> judged = new java.util.TreeSet<>();
        perRule.forEach((rule, n) -> {
            if (n[0] >= JUDGED_MIN_CANDIDATES && n[1] < JUDGED_BELOW_PRECISION * n[0]) {
                judged.add(rule);
            }
        });
        return judged;
    }

    /**
     * Fits on all candidates, choosing the threshold on out-of-fold probabilities over {@code folds} article folds;
     * only the candidates of {@link #judgedRules} are ever dropped.
     */
    public static Model train(Corpus corpus, int folds, double l2) {
        Set<String> judged = judgedRules(corpus.candidates());
        double[] outOfFold = new double[corpus.candidates().size()];
        for (int k = 0; k < folds; k++) {
            int fold = k;
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < outOfFold.length; i++) {
                if (corpus.candidates().get(i).article() % folds != fold) {
                    train.add(i);
                }
            }
            CandidateFilter f = fit(train.stream().map(corpus.candidates()::get).toList(), l2);
            for (int i = 0; i < outOfFold.length; i++) {
                Candidate c = corpus.candidates().get(i);
                if (c.article() % folds == fold) {
                    outOfFold[i] = c.features().stream().anyMatch(judged::contains) ? f.probability(c.features()) : 1;
                }
            }
        }
        List<Point> curve = new ArrayList<>();
        Point best = null;
        for (int t = 0; t <= 90; t++) {
            Point p = point(corpus, outOfFold, t / 100.0);
            curve.add(p);
            if (best == null || p.f1() > best.f1()) {
                best = p;
            }
        }
        CandidateFilter all = fit(corpus.candidates(), l2).judging(best.threshold(), judged);
        return new Model(all, curve, best, curve.get(0));
    }

    private static Point point(Corpus corpus, double[] probability, double threshold) {
        int kept = 0;
        int real = 0;
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < probability.length; i++) {
            if (probability[i] >= threshold) {
                Candidate c = corpus.candidates().get(i);
                kept++;
                real += c.real() ? 1 : 0;
                Arrays.stream(c.gold()).forEach(found::add);
            }
        }
        double precision = kept == 0 ? 0 : (double) real / kept;
        double share = corpus.inScopeGold() == 0 ? 0 : (double) found.size() / corpus.inScopeGold();
        double f1 = precision + share == 0 ? 0 : 2 * precision * share / (precision + share);
        return new Point(threshold, precision, share, f1, kept);
    }

    /**
     * Logistic regression by full-batch gradient descent with AdaGrad steps: mean log-loss plus {@code l2}/2 times the
     * squared weights. Features seen fewer than three times are left out (they would only fit the training articles).
     */
    static CandidateFilter fit(List<Candidate> data, double l2) {
        Map<String, Integer> count = new HashMap<>();
        data.forEach(c -> c.features().forEach(f -> count.merge(f, 1, Integer::sum)));
        Map<String, Integer> index = new HashMap<>();
        count.forEach((f, n) -> {
            if (n >= 3) {
                index.put(f, index.size());
            }
        });
        int[][] x = new int[data.size()][];
        double[] y = new double[data.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = data.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
            y[i] = data.get(i).real() ? 1 : 0;
        }
        int d = index.size() + 1; // the last weight is the bias
        double[] w = new double[d];
        double[] squares = new double[d];
        double rate = 0.5;
        for (int epoch = 0; epoch < 400; epoch++) {
            double[] g = new double[d];
            for (int i = 0; i < x.length; i++) {
                double z = w[d - 1];
                for (int j : x[i]) {
                    z += w[j];
                }
                double err = 1 / (1 + Math.exp(-z)) - y[i];
                for (int j : x[i]) {
                    g[j] += err;
                }
                g[d - 1] += err;
            }
            for (int j = 0; j < d; j++) {
                g[j] = g[j] / x.length + (j == d - 1 ? 0 : l2 * w[j]);
                squares[j] += g[j] * g[j];
                w[j] -= rate * g[j] / (Math.sqrt(squares[j]) + 1e-8);
            }
        }
        Map<String, Double> weights = new HashMap<>();
        index.forEach((f, j) -> weights.put(f, w[j]));
        return new CandidateFilter(weights, w[d - 1], 0.5, judgedRules(data));
    }

    /** Writes the candidates (features and labels, no article text) so that training can be repeated without extraction. */
    public static void writeCandidates(Corpus corpus, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# in-scope-gold\t" + corpus.inScopeGold() + "\tarticles\t" + corpus.articles() + "\tfailed\t"
                    + corpus.failed() + "\n");
            for (Candidate c : corpus.candidates()) {
                w.write(c.article() + "\t" + (c.real() ? 1 : 0) + "\t" + String.join(",",
                        Arrays.stream(c.gold()).mapToObj(Integer::toString).toList()) + "\t"
                        + String.join("\t", c.features()) + "\n");
            }
        }
    }

    public static Corpus readCandidates(Path file) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        int inScope = 0;
        int articles = 0;
        int failed = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                if (line.startsWith("# in-scope-gold")) {
                    inScope = Integer.parseInt(cols[1]);
                    articles = Integer.parseInt(cols[3]);
                    failed = Integer.parseInt(cols[5]);
                } else if (!line.isBlank()) {
                    int[] gold = cols[2].isEmpty() ? new int[0]
                            : Arrays.stream(cols[2].split(",")).mapToInt(Integer::parseInt).toArray();
                    candidates.add(new Candidate(Integer.parseInt(cols[0]), List.of(cols).subList(3, cols.length),
                            cols[1].equals("1"), gold));
                }
            }
        }
        return new Corpus(candidates, inScope, articles, failed);
    }

    static String describe(Point p) {
        return String.format(Locale.ROOT, "threshold %.2f: %d kept, precision %.1f%%, gold found %.1f%%, F1 %.3f",
                p.threshold(), p.kept(), 100 * p.precision(), 100 * p.found(), p.f1());
    }

    /** One line per threshold step of 0.05 (threshold 0 keeps everything), and the chosen one. */
    public static List<String> report(Model m) {
        List<String> lines = new ArrayList<>();
        lines.add("rules judged (at least " + JUDGED_MIN_CANDIDATES + " candidates, precision below "
                + Math.round(100 * JUDGED_BELOW_PRECISION) + "%): " + String.join(", ", new java.util.TreeSet<>(m.filter().judged())));
        for (Point p : m.curve()) {
            if (Math.round(p.threshold() * 100) % 5 == 0) {
                lines.add(describe(p));
            }
        }
        lines.add("chosen (highest F1): " + describe(m.chosen()));
        return lines;
    }
}
