package org.saidgraph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words introduce speech in a brat-annotated corpus, and how reliably: for every word form, how often it stands
 * inside the cue of a speech attribution (direct or indirect, as the scorer classifies them) and how often it occurs
 * at all, whose ratio is its cue precision ("said" is a cue in 92% of its uses on PolNeAR train, "say" in 48%, "to"
 * in 5%). Whole cue phrases ("said in a statement", "according to") are counted as well. Only counts are kept: no
 * article text leaves this class. {@code saidgraph learn-cues} writes the result as
 * {@code extract/speech-cues-learned.tsv}.
 */
public final class CueStatistics {

    /** A word as the cue counts read it: letters, with inner apostrophes and hyphens ("didn't", "op-ed"). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’\\-]\\p{L}+)*");

    /** One word form: uses as a speech cue, uses in all, and the ratio. */
    public record Word(String word, int cue, int uses) {
        public double precision() {
            return uses == 0 ? 0 : (double) cue / uses;
        }
    }

    /** One whole cue as written (lower case, spaces collapsed), and how many speech attributions it introduces. */
    public record Phrase(String phrase, int cue) {
    }

    public record Result(int articles, int speechAttributions, List<Word> words, List<Phrase> phrases) {
    }

    private CueStatistics() {
    }

    /** The counts over the articles of {@code dir} that have NAME.txt beside NAME.ann. */
    public static Result compute(Path dir) {
        List<Evaluator.Pair> pairs = Evaluator.pairs(dir, null).stream().filter(Evaluator::isBrat).toList();
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no NAME.txt with NAME.ann under " + dir);
        }
        Map<String, int[]> words = new HashMap<>();
        Map<String, int[]> phrases = new HashMap<>();
        int speech = 0;
        for (Evaluator.Pair pair : pairs) {
            String text;
            try {
                text = Files.readString(pair.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BitSet cues = new BitSet(text.length());
            for (GoldAttribution a : BratGold.read(pair.gold(), text).attributions()) {
                if (a.kind() == GoldAttribution.Kind.OTHER || a.attribution().cue().isEmpty()) {
                    continue;
                }
                speech++;
                for (BratAttribution.Span s : a.attribution().cue()) {
                    cues.set(s.start(), s.end());
                }
                String phrase = BratAttribution.text(text, a.attribution().cue()).strip()
                        .replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
                phrases.computeIfAbsent(phrase, p -> new int[1])[0]++;
            }
            // Each word of the text once: a use, and a cue use when a speech cue covers any of it (cues shared by
            // two attributions count once; a cue that starts inside a word, "'ve" of "I've", counts for the word).
            Matcher all = WORD.matcher(text);
            while (all.find()) {
                int[] counts = words.computeIfAbsent(fold(all.group()), w -> new int[2]);
                counts[1]++;
                int covered = cues.nextSetBit(all.start());
                if (covered >= 0 && covered < all.end()) {
                    counts[0]++;
                }
            }
        }
        List<Word> w = new ArrayList<>();
        words.forEach((k, v) -> {
            if (v[0] > 0) {
                w.add(new Word(k, v[0], v[1]));
            }
        });
        w.sort(Comparator.comparingInt(Word::cue).reversed().thenComparing(Word::word));
        List<Phrase> p = new ArrayList<>();
        phrases.forEach((k, v) -> p.add(new Phrase(k, v[0])));
        p.sort(Comparator.comparingInt(Phrase::cue).reversed().thenComparing(Phrase::phrase));
        return new Result(pairs.size(), speech, w, p);
    }

    /**
     * The file {@code learn-cues} writes: a header saying how it was computed, then {@code word} rows (form, cue
     * uses, all uses, precision) for forms with at least {@code min} cue uses, then {@code phrase} rows (whole cues
     * of at least two words met at least {@code min} times).
     */
    public static String format(Result r, String source, int min) {
        StringBuilder b = new StringBuilder();
        b.append("# Speech cues learned from ").append(source).append(": ").append(r.articles()).append(" articles, ")
                .append(r.speechAttributions()).append(" speech attributions (direct or indirect, as `evaluate` "
                        + "classifies them).\n")
                .append("# Recompute: java -jar target/saidgraph.jar learn-cues --gold ").append(source)
                .append(" --out src/main/resources/extract/speech-cues-learned.tsv\n")
                .append("# word<TAB>form<TAB>cue uses<TAB>uses<TAB>precision: how often the form stands inside a"
                        + " speech cue, how often it occurs at all,\n#   and the ratio (a function word is in many"
                        + " cues, but a cue in few of its uses). Forms with at least ").append(min)
                .append(" cue uses.\n")
                .append("# phrase<TAB>cue<TAB>speech attributions: whole cues of two or more words, as written"
                        + " (lower case), met at least ").append(min).append(" times.\n");
        for (Word w : r.words()) {
            if (w.cue() >= min) {
                b.append(String.format(Locale.ROOT, "word\t%s\t%d\t%d\t%.3f\n", w.word(), w.cue(), w.uses(),
                        w.precision()));
            }
        }
        for (Phrase p : r.phrases()) {
            if (p.cue() >= min && p.phrase().contains(" ")) {
                b.append("phrase\t").append(p.phrase()).append('\t').append(p.cue()).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The frames of verbs that are speech cues only in some of their senses, counted: every statement the extractor
     * made with {@code ContextCueSieve} learning (rule {@code context-cue:LEMMA|FRAME|HEAD|SUBJECT}, one for every
     * verb no earlier sieve read, in whatever frame it governs), set against the gold. For each of its keys, from
     * specific to general ({@code LEMMA|FRAME|HEAD|SUBJECT}, {@code LEMMA|FRAME|HEAD}, {@code LEMMA|FRAME|*|SUBJECT},
     * {@code LEMMA|FRAME}): how many such statements there were, how many found a gold attribution (of any kind, as
     * precision counts), and how many found an in-scope one that no other statement found. Only counts are kept.
     */
    public static Map<String, int[]> senses(List<Evaluator.SpanResult> results) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        String prefix = "context-cue:";
        for (SpanReport.Scored r : SpanReport.scored(results)) {
            for (SystemStatement s : r.statements()) {
                if (s.rule() == null || !s.rule().startsWith(prefix)) {
                    continue;
                }
                boolean[] f = r.finds(s, o -> o.rule() == null || !o.rule().startsWith(prefix));
                boolean right = f[0];
                boolean added = f[1];
                String[] k = s.rule().substring(prefix.length()).split("\\|", -1);
                if (k.length != 4) {
                    continue;
                }
                for (String key : List.of(k[0] + "|" + k[1] + "|" + k[2] + "|" + k[3], k[0] + "|" + k[1] + "|" + k[2],
                        k[0] + "|" + k[1] + "|*|" + k[3], k[0] + "|" + k[1])) {
                    int[] n = counts.computeIfAbsent(key, x -> new int[3]);
                    n[0] += right ? 1 : 0;
                    n[1]++;
                    n[2] += added ? 1 : 0;
                }
            }
        }
        return counts;
    }

    /**
     * The file {@code learn-cues --senses} writes ({@code extract/context-cues-learned.tsv}): {@code key} rows (key,
     * right, read, found only by it) for keys read at least {@code min} times, of the lemmas that have at least one
     * such key right in {@code share} of its uses (the others can never fire, whatever their keys say).
     */
    public static String formatSenses(Map<String, int[]> counts, String source, int articles, int min, double share) {
        java.util.Set<String> lemmas = new java.util.TreeSet<>();
        counts.forEach((k, n) -> {
            if (n[1] >= min && n[0] >= share * n[1] && n[2] > 0) {
                lemmas.add(k.substring(0, k.indexOf('|')));
            }
        });
        StringBuilder b = new StringBuilder();
        b.append("# Frames of verbs that are speech cues only in some senses, learned from ").append(source)
                .append(" (").append(articles).append(" articles) by ContextCueSieve reading every verb no earlier"
                        + " sieve read.\n")
                .append("# Recompute: java -Xmx3g -jar target/saidgraph.jar learn-cues --gold ").append(source)
                .append(" --senses --threads 2 --out src/main/resources/extract/context-cues-learned.tsv\n")
                .append("# key<TAB>LEMMA|FRAME|HEAD|SUBJECT (and its generalisations)<TAB>right (found a gold"
                        + " attribution)<TAB>read<TAB>found an in-scope one nothing else found.\n")
                .append("# FRAME: clause, obj, obl:PREP; HEAD: the object's or topic's head lemma (- for a clause);"
                        + " SUBJECT: name, pron, noun.\n")
                .append("# Keys read at least ").append(min).append(" times, of lemmas with a key right in at least ")
                .append(String.format(Locale.ROOT, "%.2f", share)).append(" of its uses.\n");
        counts.forEach((k, n) -> {
            if (n[1] >= min && lemmas.contains(k.substring(0, k.indexOf('|')))) {
                b.append("key\t").append(k).append('\t').append(n[0]).append('\t').append(n[1]).append('\t')
                        .append(n[2]).append('\n');
            }
        });
        return b.toString();
    }

    private static String fold(String word) {
        return word.replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
