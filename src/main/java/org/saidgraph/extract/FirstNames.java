package org.saidgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The gender of a first name, from the name list that ships with CoreNLP's models (about 14,600 first names, each
 * MALE, FEMALE or NEUTRAL) and the project's supplement of names that list lacks ({@code extract/first-names.tsv}:
 * Ivanka, Melania, Reince …): how "he" and "she" are kept from resolving to the wrong person, and how a first name
 * is told from another capitalized word. A name the list gives both genders (it lists 289 such: Priya, Jordan,
 * Casey, Morgan …) is of unknown gender: reading the line that comes last made "she" pass over Priya Nandakumar, whose
 * name the list also has as male, for the woman named before her.
 */
public final class FirstNames {

    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final String SUPPLEMENT = "extract/first-names.tsv";
    private static volatile Map<String, Gender> names;

    private FirstNames() {
    }

    public static Gender of(String firstName) {
        return table().getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /**
     * The gender the first word of a full name gives ("Jane Roe", "J.D. Vance": letters only), or UNKNOWN for a name
     * of one word: a surname alone says nothing of gender.
     */
    public static Gender ofFullName(String name) {
        String[] words = name.trim().split("\\s+");
        return words.length > 1 ? of(words[0].replaceAll("[^\\p{L}]", "")) : Gender.UNKNOWN;
    }

    public static boolean known(String firstName) {
        return table().containsKey(firstName.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Gender> table() {
        Map<String, Gender> t = names;
        if (t == null) {
            synchronized (FirstNames.class) {
                t = names;
                if (t == null) {
                    t = load();
                    names = t;
                }
            }
        }
        return t;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> t = new HashMap<>();
        read(RESOURCE, t, true); // without CoreNLP's models on the class path, its names are unknown rather than wrong
        // The supplement is read last: it holds names the list lacks or settles, so its word is final.
        read(SUPPLEMENT, t, false);
        return t;
    }

    /**
     * Reads "name TAB gender" lines into the table; comment lines (#) and others with no two columns are skipped. With
     * {@code ambiguousUnknown}, a name read twice with different genders is of unknown gender.
     */
    static void read(String resource, Map<String, Gender> t, boolean ambiguousUnknown) {
        InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cols = line.split("\t");
                if (cols.length == 2 && !line.startsWith("#")) {
                    Gender g = switch (cols[1]) {
                        case "MALE" -> Gender.MALE;
                        case "FEMALE" -> Gender.FEMALE;
                        default -> Gender.UNKNOWN;
                    };
                    t.merge(cols[0].toLowerCase(Locale.ROOT), g,
                            (before, now) -> ambiguousUnknown && before != now ? Gender.UNKNOWN : now);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
