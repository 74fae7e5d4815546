package org.saidgraph.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scorer's definition of a speech cue ({@code src/main/resources/evaluate/speech-cues.txt}): a cue containing
 * one of its words, or a colon. Kept apart from the extractor's own lexicon so that what counts as gold does not
 * move when the extractor learns a new verb.
 */
public final class SpeechCues {

    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    private static final Set<String> WORDS = load();

    private SpeechCues() {
    }

    public static boolean isSpeech(String cue) {
        if (cue.contains(":")) {
            return true;
        }
        Matcher m = WORD.matcher(cue.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (WORDS.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        InputStream in = SpeechCues.class.getResourceAsStream("/evaluate/speech-cues.txt");
        if (in == null) {
            throw new IllegalStateException("evaluate/speech-cues.txt is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
