package org.saidgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Types an unknown capitalised name by the words around it. The tagger calls most names it has never seen people
 * ("the mayor of Varo", "talks in Lenk"); a name whose uses in the article say "place" more often than "person" is a
 * place. Place evidence: "mayor/outskirts/town … of NAME", "in/near/outside … NAME" (not "in NAME's"), "NAME, a town
 * …", "the village of NAME", "NAME-based", "neighbouring NAME". Person evidence: a title before it ("Mr.", "Sen."), a
 * first name before it (the name is a surname; not a place's modifier opening a sentence, "Neighbouring NAME"), a
 * speech verb after it ("NAME said"). The words are data: {@code extract/place-context.tsv}.
 */
final class PlaceContext {

    private static final String RESOURCE = "extract/place-context.tsv";
    private static final Pattern SPEECH_AFTER = Pattern.compile(
            "^['’]?s?\\s*,?\\s*(?:said|says|told|tells|added|argued|asked|wrote|tweeted|insisted|claimed|replied)\\b");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.\\-]+)\\s+$");
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\b[A-Z][\\p{L}\\-]+\\s+$");

    /** How the words around one name voted; {@link #place()} is the decision. */
    record Verdict(int placeCues, int personCues) {
        boolean place() {
            return placeCues > 0 && placeCues > personCues;
        }
    }

    private final Map<String, List<String>> words;

    private PlaceContext(Map<String, List<String>> words) {
        this.words = words;
    }

    static PlaceContext shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final PlaceContext SHIPPED = new PlaceContext(load());
    }

    /** The votes of every bounded occurrence of {@code name} in {@code text}. */
    Verdict judge(String text, String name) {
        int place = 0;
        int person = 0;
        // A name without a letter (a tagger's empty or stray span) has no context to judge; an empty one would never
        // end the loop, since indexOf("", i) past the end keeps answering the text's length.
        if (name.codePoints().noneMatch(Character::isLetter)) {
            return new Verdict(0, 0);
        }
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            if ((i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
                    || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
                continue;
            }
            String before = text.substring(Math.max(0, i - 40), i);
            String after = text.substring(end, Math.min(text.length(), end + 40));
            if (isPerson(before, after)) {
                person++;
            } else if (isPlace(before, after)) {
                place++;
            }
        }
        return new Verdict(place, person);
    }

    private boolean isPerson(String before, String after) {
        var w = WORD_BEFORE.matcher(before);
        if (w.find() && words.getOrDefault("title", List.of()).contains(w.group(1))) {
            return true;
        }
        // "Anna Lenk": the name is a surname. A capitalised word opening a sentence ("In Lenk") is no first name.
        var cap = CAPITALISED_BEFORE.matcher(before);
        String capitalised = cap.find() ? cap.group().trim().toLowerCase(Locale.ROOT) : null;
        if (capitalised != null && !words.getOrDefault("preposition", List.of()).contains(capitalised)
                && !words.getOrDefault("modifier", List.of()).contains(capitalised)) {
            return true;
        }
        return SPEECH_AFTER.matcher(after).find();
    }

    private boolean isPlace(String before, String after) {
        for (String suffix : words.getOrDefault("suffix", List.of())) {
            if (after.startsWith(suffix)) {
                return true;
            }
        }
        var w = WORD_BEFORE.matcher(before);
        String previous = w.find() ? w.group(1).toLowerCase(Locale.ROOT) : "";
        if (words.getOrDefault("modifier", List.of()).contains(previous)) {
            return true;
        }
        if (words.getOrDefault("preposition", List.of()).contains(previous)) {
            return !after.startsWith("'s") && !after.startsWith("’s");
        }
        if (previous.equals("of")) {
            var head = WORD_BEFORE.matcher(before.substring(0, w.start()));
            String word = head.find() ? head.group(1).toLowerCase(Locale.ROOT) : "";
            return words.getOrDefault("of-head", List.of()).contains(word)
                    || words.getOrDefault("apposition", List.of()).contains(word);
        }
        String lower = after.toLowerCase(Locale.ROOT);
        for (String head : words.getOrDefault("apposition", List.of())) {
            if (lower.matches("^,\\s+(?:a|an|the)\\s+(?:[\\p{L}\\-]+(?:['’]s)?\\s+){0,2}" + Pattern.quote(head)
                    + APPOSITION_ENDS + "[\\s\\S]*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place noun must be the apposition's head, where its noun phrase ends: "Tursk, a small town on the coast"
     * is a place, but "Helen Okafor, the city's mayor" and "Jane Roe, a city councillor" are people whose
     * apposition only names a place on the way to its head.
     */
    private static final String APPOSITION_ENDS = "(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:of|on|in|near|at|by|with|along|"
            + "outside|between|where|which|that|known|north|south|east|west|and)\\b)";

    private static Map<String, List<String>> load() {
        Map<String, List<String>> t = new HashMap<>();
        InputStream in = PlaceContext.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length == 2) {
                    t.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }
}
