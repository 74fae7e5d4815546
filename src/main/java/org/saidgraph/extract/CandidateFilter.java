package org.saidgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The learned keep/drop step after the sieves: a logistic regression over a candidate statement's
 * {@link StatementFeatures} gives the probability that the statement is a real attribution; a candidate below the
 * threshold is dropped. The weights and the threshold are data ({@code src/main/resources/extract/candidate-filter.tsv}),
 * computed by {@code saidgraph train-filter} from PolNeAR {@code train} (docs/extraction.md). Extraction keeps every
 * candidate unless it is given a filter ({@code evaluate --filter FILE}): on PolNeAR dev the trained filter traded
 * recall for precision about evenly, so it is not on by default. Only the candidates of
 * the rules the training found unreliable are judged (the "(judged)" lines); a rule with few training examples or a
 * high precision keeps all it finds. A filter with no weights keeps everything.
 */
public final class CandidateFilter {

    private static final String BIAS = "(bias)";
    private static final String THRESHOLD = "(threshold)";
    /** A line "(judged) rule=NAME" names a rule whose candidates the filter judges; the others it always keeps. */
    private static final String JUDGED = "(judged) ";

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final Set<String> judged;

    /**
     * Weights by feature, the bias, the probability below which a candidate is dropped, and the rules ("rule=NAME"
     * features) whose candidates are judged at all; a candidate of another rule is always kept.
     */
    public CandidateFilter(Map<String, Double> weights, double bias, double threshold, Set<String> judged) {
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
        this.judged = Set.copyOf(judged);
    }

    /** Keeps every candidate. */
    public static CandidateFilter keepAll() {
        return new CandidateFilter(Map.of(), 0, 0, Set.of());
    }

    /** Reads weights written by {@link #write}: "feature TAB weight" lines, "#" comments. */
    public static CandidateFilter read(InputStream in) {
        Map<String, Double> w = new HashMap<>();
        double b = 0;
        double t = 0.5;
        Set<String> j = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith(JUDGED)) {
                    j.add(line.substring(JUDGED.length()).strip());
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                String name = line.substring(0, tab);
                double value = Double.parseDouble(line.substring(tab + 1).strip());
                switch (name) {
                    case BIAS -> b = value;
                    case THRESHOLD -> t = value;
                    default -> w.put(name, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CandidateFilter(w, b, t, j);
    }

    /** Writes the weights (sorted by feature, zero weights left out) after the given comment lines. */
    public void write(Writer out, List<String> comments) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        out.write(THRESHOLD + "\t" + format(threshold) + "\n");
        out.write(BIAS + "\t" + format(bias) + "\n");
        for (String rule : new TreeSet<>(judged)) {
            out.write(JUDGED + rule + "\n");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (Math.abs(e.getValue()) >= 1e-4) {
                out.write(e.getKey() + "\t" + format(e.getValue()) + "\n");
            }
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** The probability that a candidate with these features is a real attribution. */
    public double probability(Collection<String> features) {
        double z = bias;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether a candidate is kept: it comes from a rule not judged, or its probability reaches the threshold. */
    public boolean keeps(Collection<String> features) {
        return features.stream().noneMatch(judged::contains) || probability(features) >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    public Set<String> judged() {
        return judged;
    }

    public CandidateFilter judging(double t, Set<String> rules) {
        return new CandidateFilter(weights, bias, t, rules);
    }
}
