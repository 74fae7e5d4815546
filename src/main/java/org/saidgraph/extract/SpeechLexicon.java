package org.saidgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every word list extraction uses to recognise speech, read from one data file
 * ({@code src/main/resources/extract/speech.tsv}): speech verbs by lemma with their act and frames, multi-word
 * phrases, reply cues, reaction nouns and speech nouns.
 */
public final class SpeechLexicon {

    /**
     * A speech verb: its act, whether its first object is the hearer, whether a noun phrase can be what was said,
     * and whether only a clause complement is ("advised that …" reports; "advised the mayor on …" does not).
     */
    public record Verb(String lemma, Act act, boolean hearer, boolean object, boolean clauseOnly) {
    }

    private static volatile SpeechLexicon shipped;

    private final Map<String, Verb> verbs = new HashMap<>();
    private final Map<String, Verb> forms = new HashMap<>();
    private final Map<String, Act> phrases = new HashMap<>();
    private final List<String> phrasesLongestFirst = new ArrayList<>();
    private final Set<String> replyCues = new HashSet<>();
    private final Map<String, Act> reactions = new HashMap<>();
    private final Map<String, Act> speechNouns = new HashMap<>();
    private final Map<String, Act> claimNouns = new HashMap<>();

    public static SpeechLexicon shipped() {
        SpeechLexicon s = shipped;
        if (s == null) {
            synchronized (SpeechLexicon.class) {
                s = shipped;
                if (s == null) {
                    s = read("/extract/speech.tsv");
                    shipped = s;
                }
            }
        }
        return s;
    }

    static SpeechLexicon read(String resource) {
        SpeechLexicon lexicon = new SpeechLexicon();
        InputStream in = SpeechLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 3) {
                    throw new IllegalStateException(resource + " line " + n + ": expected kind, entry and act");
                }
                String entry = cols[1].toLowerCase(Locale.ROOT);
                Act act = Act.of(cols[2]);
                Set<String> frames = cols.length > 3 ? Set.of(cols[3].split(",")) : Set.of();
                switch (cols[0]) {
                    case "verb" -> {
                        Verb verb = new Verb(entry, act, frames.contains("hearer"), frames.contains("object"),
                                frames.contains("clause"));
                        lexicon.verbs.put(entry, verb);
                        List<String> irregular = cols.length > 4 ? List.of(cols[4].split(",")) : List.of();
                        for (String form : forms(entry, irregular)) {
                            lexicon.forms.putIfAbsent(form, verb);
                        }
                    }
                    case "phrase" -> lexicon.phrases.put(entry, act);
                    case "reply" -> lexicon.replyCues.add(entry);
                    case "reaction" -> lexicon.reactions.put(entry, act);
                    case "speech-noun" -> lexicon.speechNouns.put(entry, act);
                    case "claim-noun" -> lexicon.claimNouns.put(entry, act);
                    default -> throw new IllegalStateException(resource + " line " + n + ": unknown kind " + cols[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lexicon.phrasesLongestFirst.addAll(lexicon.phrases.keySet());
        lexicon.phrasesLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return lexicon;
    }

    /** The regular forms of a verb (says, said, saying from say) and the irregular ones the data file gives. */
    static List<String> forms(String lemma, List<String> irregular) {
        List<String> out = new ArrayList<>(List.of(lemma));
        out.addAll(irregular);
        if (!irregular.isEmpty()) {
            return out;
        }
        if (lemma.endsWith("ee")) {
            out.addAll(List.of(lemma + "s", lemma + "d", lemma + "ing"));
        } else if (lemma.endsWith("e")) {
            out.addAll(List.of(lemma + "s", lemma + "d", lemma.substring(0, lemma.length() - 1) + "ing"));
        } else if (lemma.endsWith("y") && lemma.length() > 2 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
            String stem = lemma.substring(0, lemma.length() - 1);
            out.addAll(List.of(stem + "ies", stem + "ied", lemma + "ing"));
        } else if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z")) {
            out.addAll(List.of(lemma + "es", lemma + "ed", lemma + "ing"));
        } else {
            out.addAll(List.of(lemma + "s", lemma + "ed", lemma + "ing"));
        }
        return out;
    }

    /** The speech verb a word form belongs to ("told" → tell), or null. */
    public Verb verbForm(String word) {
        return word == null ? null : forms.get(word.toLowerCase(Locale.ROOT));
    }

    /** Every form of every speech verb, for the patterns that read text without a parse. */
    public java.util.Set<String> verbForms() {
        return forms.keySet();
    }

    /** The speech verb of this lemma, or null. */
    public Verb verb(String lemma) {
        return lemma == null ? null : verbs.get(lemma.toLowerCase(Locale.ROOT));
    }

    public Map<String, Verb> verbs() {
        return verbs;
    }

    public Act phrase(String phrase) {
        return phrases.get(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    public List<String> phrases() {
        return phrasesLongestFirst;
    }

    public Set<String> replyCues() {
        return replyCues;
    }

    public Map<String, Act> reactions() {
        return reactions;
    }

    public Act speechNoun(String noun) {
        return speechNouns.get(noun.toLowerCase(Locale.ROOT));
    }

    public Set<String> speechNouns() {
        return speechNouns.keySet();
    }

    /** The act of the claim noun of this word form ("claims", "pledge"), or null when it is none. */
    public Act claimNoun(String word) {
        return word == null ? null : claimNouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a token may make its sentence report speech, so that the sentence is worth a parse. */
    public boolean worthParsing(String word, String lemma, String tag) {
        String l = lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
        // A verb that characterizes in words may hold a quoted fragment of what its subject said
        // (QuotedDepictionClauses).
        if (tag != null && tag.startsWith("VB") && (verbs.containsKey(l) || QuotedDepictionClauses.VERBS.contains(l)
                || ContextCueSieve.LEMMAS.contains(l))) {
            return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        // A claim noun may carry its holder's words in its clause (NominalClaims: "criticism from the unions that
        // …"). Common nouns only: a capitalized one is mostly a headline's verb the tagger read as a name.
        if (tag != null && (tag.equals("NN") || tag.equals("NNS")) && (claimNouns.containsKey(w)
                || ContextCueSieve.NOUN_LEMMAS.contains(l) || TargetPhraseSieve.noun(l))) {
            return true;
        }
        return w.equals("according") || w.equals(":");
    }
}
