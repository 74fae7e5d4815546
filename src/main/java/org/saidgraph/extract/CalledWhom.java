package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code call-whom}: "call" whose statement, right after the verb, is only whom was called — "the mayor called
 * [both councillors] on Sunday", "she is calling [major donors] herself", "he called [a local party organizer, Jane
 * Roe]", "a charity called [the Harbour Light Fund, which …]" — phoned, summoned or named someone, and said nothing
 * that was reported. The words up to the first comma are a name (capitalized words, "of", "the", "to", "and" between
 * them) or a noun phrase whose head is a person ({@link Animacy#someone}) that the parse makes the verb's one
 * object. What a speaker called someone is a second complement ("called her a liar"), which the parse gives the verb
 * as its own dependent or which stands in quotation marks; neither is judged. Extends {@code call-name}
 * ({@link VerbSenseFilters.CallName}), which judges only a statement of at most five name words and nothing else.
 */
final class CalledWhom implements NotSpeechFilters.Filter {

    private static final Set<String> NAME_TAGS = Set.of("NNP", "NNPS", "CD", "POS");
    /** Small words inside a name ("the Bureau of Labor", "the Home to Work Prize"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "to", "and", "for");
    /** Words of a noun phrase before a person head: determiners, numbers, adjectives, nouns, possessives. */
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "PRP$", "POS", "HYPH");
    /** A second complement of the verb: what the speaker called the object. */
    private static final Set<String> SECOND_COMPLEMENT = Set.of("iobj", "xcomp", "ccomp", "obl:npmod");

    @Override
    public String name() {
        return "call-whom";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        Analysis a = draft.analysis;
        int cue = NotSpeechFilters.reportedCueBefore(draft, f);
        int first = a.tokenAt(f.start);
        if (cue < 0 || first != cue + 1 || !"call".equals(a.token(cue).lowerLemma())
                || a.token(first).start() != f.start || secondComplement(a, cue) || quotationAfter(a, cue)) {
            return false;
        }
        int end = first;
        while (end < a.tokens().size() && a.token(end).start() < f.end && !",".equals(a.token(end).word())) {
            end++;
        }
        int object = object(a, cue);
        if (object >= 0 && a.subtree(object)[0] == first) {
            end = Math.min(end, a.subtree(object)[1] + 1); // a phrase of time or a next verb after the object
        }
        if (end == first) {
            return false;
        }
        return name(a, first, end) || someone(a, cue, first, end);
    }

    /** Capitalized name words from {@code first} to {@code end}, with a leading determiner and small joiners. */
    private static boolean name(Analysis a, int first, int end) {
        int names = 0;
        for (int k = first; k < end; k++) {
            Analysis.Token t = a.token(k);
            boolean nameWord = NAME_TAGS.contains(t.tag())
                    && (Character.isUpperCase(t.word().charAt(0)) || !t.tag().startsWith("NNP"));
            if (nameWord) {
                names += "POS".equals(t.tag()) ? 0 : 1;
                continue;
            }
            boolean joiner = NAME_JOINERS.contains(t.word().toLowerCase(Locale.ROOT))
                    || k == first && "DT".equals(t.tag());
            if (!joiner || k == end - 1) {
                return false;
            }
        }
        return names > 0;
    }

    /** A noun phrase ending in a person noun, which the parse makes the verb's object, from {@code first}. */
    private static boolean someone(Analysis a, int cue, int first, int end) {
        int head = end - 1;
        Analysis.Token h = a.token(head);
        if (!("NN".equals(h.tag()) || "NNS".equals(h.tag())) || !Animacy.someone(h.word())
                || a.head(head) != cue || !"obj".equals(a.relation(head))) {
            return false;
        }
        for (int k = first; k < head; k++) {
            if (!PHRASE_TAGS.contains(a.token(k).tag()) && !a.token(k).word().contains("-")) {
                return false;
            }
        }
        return true;
    }

    /** The verb's object, or -1. */
    private static int object(Analysis a, int cue) {
        for (int k : a.children(cue)) {
            if ("obj".equals(a.relation(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the verb has a second complement of its own, or more than one object. */
    private static boolean secondComplement(Analysis a, int cue) {
        int objects = 0;
        for (int k : a.children(cue)) {
            String rel = a.relation(k);
            if (rel != null && SECOND_COMPLEMENT.contains(rel) || "compound:prt".equals(rel)) {
                return true;
            }
            objects += "obj".equals(rel) ? 1 : 0;
        }
        return objects > 1;
    }

    /** Any quotation mark after the verb in its sentence: what someone was called may stand in it. */
    private static boolean quotationAfter(Analysis a, int cue) {
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(cue));
        for (int k = cue + 1; k < s.end(); k++) {
            if (Quotes.isMark(a.token(k))) {
                return true;
            }
        }
        return false;
    }
}
