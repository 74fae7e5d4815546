package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule {@code government-level} of {@link OrganizationNamedAs#find}: "The state health department warned …" after
 * "the Dunmore County Health Department", and "the county council said" after "the Brenton City Council": local news
 * names bodies of several levels of government that share a head noun, and the word of the level tells them apart. A
 * description that names a level ("county", "state") refers back to no organization whose name holds another level and
 * not its own; it speaks for itself, or for an earlier organization of its own level. A description without a level
 * word, or a name without one ("the agency" after "the Food Safety Agency"), is left to the head noun. The words are
 * data ({@code src/main/resources/extract/government-levels.tsv}).
 */
final class GovernmentLevel {

    private static final Set<String> LEVELS = Gazetteer.rows("/extract/government-levels.tsv").stream()
            .map(r -> r[0].trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

    private GovernmentLevel() {
    }

    /** Whether {@code description} names a level of government that {@code name} contradicts. */
    static boolean conflicts(String description, String name) {
        Set<String> described = levels(description);
        Set<String> named = levels(name);
        return !described.isEmpty() && !named.isEmpty() && described.stream().noneMatch(named::contains);
    }

    private static Set<String> levels(String words) {
        return WORD.splitAsStream(words.toLowerCase(Locale.ROOT)).filter(LEVELS::contains)
                .collect(Collectors.toSet());
    }
}
