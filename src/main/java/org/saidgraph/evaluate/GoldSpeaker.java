package org.saidgraph.evaluate;

import org.saidgraph.extract.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a gold Source refers to, as far as the annotation and the text tell: a name (the words of a person's or
 * organization's name), a description without a name ("officials", "the campaign", "a source"), several
 * candidates (a "they" or "it" that may mean any source named just before), or nothing (no source, "you").
 * {@link #accepts} decides whether a system speaker is that one.
 */
public record GoldSpeaker(Kind kind, List<String> name, String head, List<GoldSpeaker> candidates, String surface) {

    public enum Kind { NAME, DESCRIPTION, ANY_OF, NONE }

    /** Heads of descriptions of people who speak for someone else: the principal is not the speaker. */
    static final Set<String> ENTOURAGE = Set.of("campaign", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
            "aide", "adviser", "advisor", "staff", "staffer", "office", "team", "committee", "camp", "surrogate",
            "official", "representative", "lawyer", "attorney", "allies", "ally", "supporter", "administration",
            "department", "spokesmen", "spokeswomen");

    public GoldSpeaker {
        name = name == null ? List.of() : List.copyOf(name);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    static GoldSpeaker none(String surface) {
        return new GoldSpeaker(Kind.NONE, null, null, null, surface);
    }

    static GoldSpeaker name(List<String> words, String surface) {
        return new GoldSpeaker(Kind.NAME, words, null, null, surface);
    }

    static GoldSpeaker description(String head, String surface) {
        return new GoldSpeaker(Kind.DESCRIPTION, null, head, null, surface);
    }

    public boolean resolvable() {
        return kind != Kind.NONE && (kind != Kind.ANY_OF || !candidates.isEmpty());
    }

    /** Whether a system speaker, known by its name and aliases, is the one this source refers to. */
    public boolean accepts(String systemName, List<String> aliases, ArticleWords article) {
        List<String> forms = new ArrayList<>();
        if (systemName != null) {
            forms.add(systemName);
        }
        if (aliases != null) {
            forms.addAll(aliases);
        }
        return switch (kind) {
            case NONE -> false;
            case NAME -> forms.stream().anyMatch(f -> sameName(name, ArticleWords.nameWords(f)));
            case DESCRIPTION -> forms.stream().anyMatch(f -> describes(f, article));
            case ANY_OF -> candidates.stream().anyMatch(c -> c.accepts(systemName, aliases, article));
        };
    }

    /**
     * Two names are the same when one's words are all among the other's: the gold's short form of the system's full
     * name ("Trump", "Donald Trump"), or the system's short form of the gold's, if it keeps the gold's last word
     * (its surname or head: "Post" for "Washington Post", but not "New York" for "New York Times").
     */
    static boolean sameName(List<String> gold, List<String> system) {
        // A suffix or title ("Jr.", "Sen.") is no part of a name's identity, on either side.
        gold = gold.stream().filter(w -> !ArticleWords.NOT_NAME.contains(w)).toList();
        system = system.stream().filter(w -> !ArticleWords.NOT_NAME.contains(w)).toList();
        if (gold.isEmpty() || system.isEmpty()) {
            return false;
        }
        return system.containsAll(gold) || gold.containsAll(system) && system.contains(gold.get(gold.size() - 1));
    }

    /**
     * A description is right when the system speaker is named by it ("Officials", "Clinton campaign"), or is the
     * one the article names beside the description's head noun ("Republican nominee Donald Trump" for "the nominee").
     * For someone who speaks for another (a spokesman, the campaign, aides), only the name after the noun counts
     * ("campaign spokesman Brian Fallon"), never the principal before it.
     */
    private boolean describes(String systemForm, ArticleWords article) {
        List<String> words = ArticleWords.nameWords(systemForm);
        if (words.stream().map(GoldSpeaker::singular).anyMatch(head::equals)) {
            return true;
        }
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return ENTOURAGE.contains(head) ? article.near(head, last, 0, 4) : article.near(head, last, 6, 6);
    }

    static String singular(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        if (s.endsWith("people")) {
            return s.substring(0, s.length() - 6) + "person";
        }
        if (s.endsWith("men") && s.length() > 5) {
            return s.substring(0, s.length() - 3) + "man";
        }
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("s") && !s.endsWith("ss") && s.length() > 3) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "(none)";
            case NAME -> String.join(" ", name);
            case DESCRIPTION -> "~" + head;
            case ANY_OF -> candidates.toString();
        };
    }

    static List<String> fold(List<String> words) {
        return words.stream().map(Names::fold).toList();
    }
}
