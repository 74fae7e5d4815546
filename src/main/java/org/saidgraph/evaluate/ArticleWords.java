package org.saidgraph.evaluate;

import org.saidgraph.extract.Names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an article with their positions, for the scorer's name look-ups: which words stand near which, and
 * the words of a name without its titles.
 */
public final class ArticleWords {

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’\\-&/][\\p{L}\\p{N}]+)*\\.?");

    /** Words that are never part of a name's identity: articles, titles and honorifics. */
    static final Set<String> NOT_NAME = Set.of("the", "a", "an", "of", "and", "mr", "mrs", "ms", "miss", "dr", "sen",
            "rep", "gov", "pres", "gen", "lt", "col", "rev", "jr", "sr", "ii", "iii", "president", "senator", "governor",
            "secretary", "speaker", "chairman", "chairwoman", "representative", "congressman", "congresswoman", "mayor",
            "judge", "justice", "vice", "former", "sheriff", "attorney", "candidate", "nominee", "sens", "reps", "prof",
            "professor", "ambassador", "host", "anchor");

    /** A title written short stands for the word a description uses: "Sen. Jane Roe" is "the senator". */
    private static final Map<String, String> ABBREVIATED = Map.of("sen", "senator", "gov", "governor", "rep",
            "representative", "gen", "general", "pres", "president", "sec", "secretary", "atty", "attorney");

    record Word(int start, int end, String folded) {
    }

    private final List<Word> words = new ArrayList<>();
    private final Map<String, List<Integer>> bySingular = new HashMap<>();

    public ArticleWords(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = Names.fold(m.group()).replaceAll("['’]s?$", "").replaceAll("\\.$", "");
            words.add(new Word(m.start(), m.end(), w));
            bySingular.computeIfAbsent(key(w), k -> new ArrayList<>()).add(words.size() - 1);
        }
    }

    private static String key(String word) {
        String singular = GoldSpeaker.singular(word);
        return ABBREVIATED.getOrDefault(singular, singular);
    }

    List<Word> words() {
        return words;
    }

    /** Whether the word {@code name} stands within {@code before} words before or {@code after} words after a {@code head}. */
    boolean near(String head, String name, int before, int after) {
        for (int i : bySingular.getOrDefault(key(head), List.of())) {
            for (int j = Math.max(0, i - before); j <= Math.min(words.size() - 1, i + after); j++) {
                if (j != i && words.get(j).folded().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The identifying words of a name, folded: "Sen. Ada Vell" gives [ada, vell], "The Washington Post" [washington,
     * post].
     */
    static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            String w = Names.fold(m.group()).replaceAll("['’]s?$", "").replaceAll("\\.$", "");
            if (!w.isEmpty() && !NOT_NAME.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
