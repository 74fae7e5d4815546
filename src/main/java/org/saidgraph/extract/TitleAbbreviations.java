package org.saidgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Rule title-abbreviation: "Sen." before a name is the title "senator", "Gov." is "governor"
 * ({@code title-abbreviations.tsv}). A person's title words become the role heads a later description is matched
 * against ({@link SpeakerResolver#describedPerson}); written abbreviated, as US news writes most titles before a
 * name, they matched no "the senator" or "the former governor", which then went to whoever was the subject of the
 * sentence before.
 */
final class TitleAbbreviations {

    private static final Map<String, String> ROLES = new HashMap<>();

    static {
        for (String[] row : Gazetteer.rows("/extract/title-abbreviations.tsv")) {
            ROLES.put(row[0].strip().toLowerCase(Locale.ROOT), row[1].strip().toLowerCase(Locale.ROOT));
        }
    }

    private TitleAbbreviations() {
    }

    /** The role noun a folded title word stands for: itself unless it is a known abbreviation. */
    static String role(String word) {
        return ROLES.getOrDefault(word, word);
    }
}
