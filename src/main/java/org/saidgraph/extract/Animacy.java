package org.saidgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a common noun names a thing rather than someone: "the term implies …", "those remarks had hurt him",
 * "the difference now is …" have subjects that cannot speak, and a speech verb whose subject is one of them says
 * nothing said by anyone (or its speaker is someone further up the sentence). The word lists are CoreNLP's animacy
 * lists for coreference (Ji and Lin 2009), which ship in the CoreNLP models jar the extractor already loads; they are
 * read once, on first use. A noun in both lists, or in neither, counts as someone: only a word the lists know solely
 * as inanimate is a thing.
 */
final class Animacy {

    private static final String DIR = "/edu/stanford/nlp/models/dcoref/";

    private Animacy() {
    }

    /** True when {@code word} (any case) is known only as an inanimate noun. */
    static boolean thing(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Lists.INANIMATE.contains(w) && !Lists.ANIMATE.contains(w);
    }

    /** True when {@code word} (any case) is known only as an animate noun: "man", "senators", "voters". */
    static boolean someone(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Lists.ANIMATE.contains(w) && !Lists.INANIMATE.contains(w);
    }

    /** Loaded on first use, so that an extractor that never asks pays nothing. */
    private static final class Lists {
        static final Set<String> ANIMATE = read("animate.unigrams.txt");
        static final Set<String> INANIMATE = read("inanimate.unigrams.txt");
    }

    private static Set<String> read(String name) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Animacy.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP's animacy list " + DIR + name + " is not on the class path"
                        + " (it ships in the stanford-corenlp models jar)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoreNLP's animacy list " + name, e);
        }
        return words;
    }
}
