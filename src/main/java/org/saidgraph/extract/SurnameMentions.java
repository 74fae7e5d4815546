package org.saidgraph.extract;

import org.saidgraph.dataset.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule surname-mention: once the article names a person in full ("Norman Ham"), the surname alone, capitalised and
 * standing apart from other capitalised words, is that person wherever the name tagger missed it ("Ham also noted
 * …"). Surnames that are common words (Ham, Wines, Brown) are what the tagger misses; without the mention, "he" and
 * "she" resolved past the person to someone named earlier. A surname two people of the article share is left alone.
 */
final class SurnameMentions {

    private SurnameMentions() {
    }

    static void add(String text, ArticleEntities out) {
        java.util.Map<String, String> bySurname = new java.util.HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (LinkedEntity e : out.entities.values()) {
            if (e.type != EntityType.PERSON || e.name == null) {
                continue;
            }
            String[] words = e.name.trim().split("\\s+");
            if (words.length < 2 || words.length > 4) {
                continue;
            }
            String surname = words[words.length - 1].replaceAll("[,.]$", "");
            if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0)) || surname.endsWith(".")) {
                continue;
            }
            String previous = bySurname.putIfAbsent(surname, e.id);
            if (previous != null && !previous.equals(e.id)) {
                shared.add(surname);
            }
        }
        List<Mention> added = new ArrayList<>();
        for (var entry : bySurname.entrySet()) {
            if (shared.contains(entry.getKey())) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}.'’-])" + Pattern.quote(entry.getKey()) + "(?![\\p{L}\\p{N}-])")
                    .matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (standsApart(text, start, end) && out.mentions.stream().noneMatch(x -> x.start() < end
                        && start < x.end()) && added.stream().noneMatch(x -> x.start() < end && start < x.end())) {
                    added.add(new Mention(start, end, Mention.Kind.PERSON, entry.getValue(),
                            EntityLinker.titleStart(text, start)));
                }
            }
        }
        out.mentions.addAll(added);
    }

    /** Not part of a longer capitalised name: neither word beside it is capitalised (but a sentence may begin). */
    private static boolean standsApart(String text, int start, int end) {
        Matcher next = Pattern.compile("^\\s+(\\S)").matcher(text.substring(end, Math.min(text.length(), end + 4)));
        if (next.find() && Character.isUpperCase(next.group(1).charAt(0))) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || i == start - 1) {
            return true; // the text's first word, or after a quotation mark, bracket or line break
        }
        char before = text.charAt(i);
        if (".!?:;\"“”\n".indexOf(before) >= 0) {
            return true;
        }
        return !Character.isUpperCase(before) && !(Character.isLetter(before) && isCapitalisedWordEnd(text, i));
    }

    private static boolean isCapitalisedWordEnd(String text, int lastChar) {
        int k = lastChar;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return Character.isUpperCase(text.charAt(k));
    }
}
