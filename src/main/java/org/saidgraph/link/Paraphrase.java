package org.saidgraph.link;

import org.tartarus.snowball.ext.EnglishStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How alike the wording of two reported statements is, for deciding that two outlets paraphrased the same words.
 * <p>
 * The measure is the Dice coefficient of the two sets of content stems: each text's words ({@link Wording}) without
 * the function words of {@code link/function-words.txt} (the words that reported speech shifts: "will" to "would",
 * "I" to "he", "must" to "had to"), each reduced to its Snowball (Porter 2) English stem, so that "accepts" and
 * "accepted" count as one. Dice is twice the number of shared stems over the sum of the two set sizes: 1 for the
 * same content words, 0 for none in common. Two texts of which only one is negated ("had no plans to sell" against
 * "planned to sell") score 0 whatever their words: a negation is the smallest change of wording that says the
 * opposite. Negations are therefore compared on their own and left out of the stems. Denials and refusals are the
 * exception: their act already negates, and one report puts the negation in the verb ("denied that any soldier was
 * there") where another quotes it ("not a single soldier was there"). Texts with fewer than {@link #MIN_STEMS} content stems are too short to tell apart by wording and score
 * 0 too. {@link #THRESHOLD} is where linking accepts a pair; it was chosen on the labelled pairs of
 * {@code src/test/resources/link/paraphrase-pairs.tsv} to keep false merges out (see {@code ParaphraseSimilarityTest}
 * and docs/corpus.md).
 */
public final class Paraphrase {

    /** The least similarity at which two reported statements are taken for the same words. */
    public static final double THRESHOLD = 0.8;

    /** The fewest content stems a text needs for its wording to be compared at all. */
    public static final int MIN_STEMS = 3;

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "nothing", "none", "neither",
            "nor", "nowhere", "cannot", "didnt", "doesnt", "dont", "isnt", "wasnt", "werent", "wont", "wouldnt",
            "cant", "couldnt", "shouldnt", "hasnt", "havent", "hadnt", "arent", "mustnt");

    private static final Set<String> FUNCTION_WORDS = read("/link/function-words.txt");

    private Paraphrase() {
    }

    /** The content stems of a text, sorted. */
    public static TreeSet<String> stems(String text) {
        return stems(Wording.words(text));
    }

    static TreeSet<String> stems(List<String> words) {
        EnglishStemmer stemmer = new EnglishStemmer();
        TreeSet<String> stems = new TreeSet<>();
        for (String word : words) {
            if (FUNCTION_WORDS.contains(word) || NEGATIONS.contains(word)) {
                continue;
            }
            stemmer.setCurrent(word);
            stemmer.stem();
            stems.add(stemmer.getCurrent());
        }
        return stems;
    }

    /** Acts whose reports may carry their negation in the reporting verb instead of the words. */
    private static final Set<String> NEGATING_ACTS = Set.of("denial", "refusal");

    /** The Dice coefficient of the two texts' content stems, from 0 to 1; 0 when only one is negated. */
    public static double similarity(String a, String b) {
        return similarity(a, b, null);
    }

    /** As {@link #similarity(String, String)} for two statements of the act {@code act}. */
    public static double similarity(String a, String b, String act) {
        return similarity(Content.of(a), Content.of(b), act);
    }

    /** What similarity compares of a text: whether it is negated, and its content stems. */
    private record Content(boolean negated, TreeSet<String> stems) {

        static Content of(String text) {
            List<String> words = Wording.words(text);
            return new Content(Paraphrase.negated(words), Paraphrase.stems(words));
        }
    }

    private static double similarity(Content a, Content b, String act) {
        if ((act == null || !NEGATING_ACTS.contains(act)) && a.negated() != b.negated()) {
            return 0;
        }
        if (a.stems().size() < MIN_STEMS || b.stems().size() < MIN_STEMS) {
            return 0;
        }
        return dice(a.stems(), b.stems());
    }

    /**
     * How alike reported speech is to a quotation it may report: the best score of the reported words against the
     * whole quotation and against each run of its sentences, since an outlet often reports only part of what was
     * said ("X said the vote was rigged", of a quotation that goes on about other things).
     */
    public static double reportedSimilarity(String reported, String quotation, String act) {
        return bestRun(reported, quotation, act).score();
    }

    /**
     * The part of a quotation that reported speech reports: the run of its sentences ({@code from} to {@code to},
     * counted from 0; the whole quotation is the run of all its sentences) that the reported words are most similar
     * to, with that similarity; the whole quotation on a tie.
     */
    public record Run(int from, int to, double score) {

        /** Whether the two runs have no sentence in common. */
        public boolean apart(Run other) {
            return to < other.from || other.to < from;
        }
    }

    /** The run of {@code quotation}'s sentences that {@code reported} is most similar to ({@link Run}). */
    public static Run bestRun(String reported, String quotation, String act) {
        List<String> sentences = sentences(quotation);
        Content words = Content.of(reported); // once, not once per run of sentences
        Run best = new Run(0, sentences.size() - 1, similarity(words, Content.of(quotation), act));
        for (int from = 0; from < sentences.size(); from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < sentences.size(); to++) {
                run.append(sentences.get(to)).append(' ');
                if (from > 0 || to < sentences.size() - 1) {
                    double score = similarity(words, Content.of(run.toString()), act);
                    if (score > best.score()) {
                        best = new Run(from, to, score);
                    }
                }
            }
        }
        return best;
    }

    /** The sentences of a text (java.text.BreakIterator's English rules), stripped; one when there is no break. */
    public static List<String> sentences(String text) {
        java.text.BreakIterator it = java.text.BreakIterator.getSentenceInstance(java.util.Locale.ENGLISH);
        it.setText(text);
        List<String> sentences = new java.util.ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != java.text.BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences.isEmpty() ? List.of(text) : sentences;
    }

    /** Whether the words say "not", "no", "never", … (an apostrophe's "n't" is part of its word: "didnt"). */
    static boolean negated(List<String> words) {
        for (String w : words) {
            if (NEGATIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static Set<String> read(String resource) {
        try (InputStream in = Paraphrase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
