package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * What a verb of naming says about its object: "called the plan a giveaway", "called her “reckless”", "described
 * the vote as a formality". PolNeAR's annotators take the object together with what it was called or described as
 * ("the plan a giveaway", "the vote as a formality"), while the parse often hangs the second phrase on the verb as a
 * modifier of time or manner, so an object reading alone stopped at "the plan" (rule {@code verb-characterization}
 * of {@link VerbCueSieve}). The complement is read linearly from the object's head: for "call" a noun phrase, an
 * adjective or a quotation right after it; for "describe" an "as" phrase. It ends before the reporter's words: a
 * comma outside a quotation, a clause of time or reason ("before explaining …"), a verb coordinated with "and"/"but",
 * a participle, a word of time, or a phrase naming the occasion ("in a tweet", "on his radio show"). The words are
 * in {@code span-bounds.tsv}, cut {@code characterization}.
 */
final class CharacterizingComplement {

    /** The kind of content {@link VerbCueSieve} names {@code verb-characterization}. */
    static final int KIND = 9;

    /** Verbs whose object and its complement are what was said, and the word that opens the complement, if any. */
    private static final Set<String> CALLING = Set.of("call");
    private static final Set<String> AS_VERBS = Set.of("describe");
    /** Words that open the reporter's words after the complement ({@code span-bounds.tsv}). */
    private static final Set<String> STOPS = SpanBoundWords.of("characterization", "stop");
    private static final Set<String> OCCASION_PREPOSITIONS = SpanBoundWords.of("speaking-circumstance",
            "before-occasion");
    private static final Set<String> OCCASIONS = SpanBoundWords.of("speaking-circumstance", "occasion");
    /** Words after which a finite verb belongs to a clause inside the complement ("a leader who had been …"). */
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that", "than", "and",
            "or", "but", "for", "to");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "last", "earlier", "later", "weekend", "week",
            "night", "morning");

    private CharacterizingComplement() {
    }

    /** Whether {@code lemma} is a verb this reading applies to. */
    static boolean verb(String lemma) {
        return CALLING.contains(lemma) || AS_VERBS.contains(lemma);
    }

    /**
     * The object and its complement of the naming verb at {@code cue}, {from, to} in tokens, or null when the verb is
     * passive or attributive ("a site called …", "so-called"), its object does not follow it directly, or nothing
     * after the object says what it was called.
     */
    static int[] of(Analysis a, SpeakerResolver resolver, int cue) {
        Analysis.Token verb = a.token(cue);
        String lemma = verb.lowerLemma();
        if (!verb(lemma) || !verb.tag().startsWith("VB") || passive(a, cue) || !a.children(cue, "neg").isEmpty()
                || cue > 0 && NEGATIONS.contains(a.token(cue - 1).word().toLowerCase(Locale.ROOT))) {
            // "for not calling the attack an act of terror": what was not said
            return null;
        }
        String rel = VerbCueSieve.base(a.relation(cue));
        if (rel.equals("amod") || rel.equals("acl") || rel.equals("compound")) {
            return null;
        }
        int object = -1;
        for (int c : a.children(cue, "obj")) {
            if (c > cue && a.subtree(c)[0] == cue + 1) {
                object = c;
                break;
            }
        }
        for (int c : a.children(cue, "xcomp")) {
            // "called [the levy] [a burden]": the parser may make the object the subject of a small clause.
            for (int n : a.children(c, "nsubj")) {
                if (object < 0 && n > cue && a.subtree(n)[0] == cue + 1) {
                    object = n;
                }
            }
        }
        if (object < 0) {
            return null;
        }
        int sentenceEnd = a.sentences().get(a.sentenceOf(cue)).end();
        int head = object;
        // "called the KKK “abhorrent”": the parser may make the determiner the object and the noun its dependent.
        while (a.token(head).tag().equals("DT") && head + 1 < sentenceEnd
                && a.token(head + 1).tag().startsWith("NN")) {
            head++;
        }
        while (head + 1 < sentenceEnd && a.token(head + 1).tag().startsWith("NNP")
                && a.token(head).tag().startsWith("NNP")) {
            head++;
        }
        int open = head + 1;
        if (open >= sentenceEnd) {
            return null;
        }
        Analysis.Token first = a.token(open);
        String w = first.word().toLowerCase(Locale.ROOT);
        boolean quoted = Quotes.isMark(first);
        if (AS_VERBS.contains(lemma)) {
            // "described the vote as a formality": the "as" may follow a longer object ("the mood in the hall as …").
            open = -1;
            for (int i = head + 1; i < sentenceEnd && i <= head + 6; i++) {
                if (stop(a, resolver, i, false)) {
                    break;
                }
                if (a.token(i).word().equalsIgnoreCase("as")) {
                    open = i;
                    break;
                }
            }
            if (open < 0 || open + 1 >= sentenceEnd) {
                return null;
            }
        } else if (!(quoted || Set.of("DT", "JJ", "JJR", "JJS", "PRP$", "CD", "NN", "NNS").contains(first.tag())
                || first.tag().equals("RB") && open + 1 < sentenceEnd && a.token(open + 1).tag().startsWith("JJ"))
                || TIME_WORDS.contains(w) || Set.of("that", "this", "these", "those").contains(w)) {
            return null;
        }
        int end = open;
        boolean relative = false;
        for (int i = open + 1; i < sentenceEnd; i++) {
            if (stop(a, resolver, i, CALLING.contains(lemma))
                    || AS_VERBS.contains(lemma) && absolute(a, resolver, i, sentenceEnd)) {
                break; // "described themselves as sailors with about four in ten saying …": the reporter's
            }
            Analysis.Token t = a.token(i);
            String lower = t.word().toLowerCase(Locale.ROOT);
            relative |= RELATIVES.contains(lower) || t.tag().startsWith("W");
            if (!relative && t.tag().matches("VB[DZP]|MD") && !resolver.insideQuote(t.start())) {
                break; // "what critics have called a scheme took a turn": the sentence's own verb
            }
            end = i;
            if (t.word().equals(",") && i + 1 < sentenceEnd && Quotes.isMark(a.token(i + 1))) {
                end = i + 1; // "called him a “landlubber,” a gentle jab": the comma inside the quotation closes it
                if (!quotationNext(a, i + 2, sentenceEnd)) {
                    break;
                }
                i++; // "called him a “liar,” a “bully” and “unfit”": a list of quoted names goes on
            }
        }
        while (end > open && (isPunct(a.token(end)) || Set.of("IN", "DT").contains(a.token(end).tag()))) {
            end--; // "over the [weekend]": a stop may leave its preposition behind
        }
        if (AS_VERBS.contains(lemma) && end == open) {
            return null;
        }
        return new int[]{a.subtree(object)[0], end};
    }

    /** "with about three in ten saying …": an absolute construction, "with" and a participle within six words. */
    private static boolean absolute(Analysis a, SpeakerResolver resolver, int i, int sentenceEnd) {
        if (!a.token(i).word().equalsIgnoreCase("with") || resolver.insideQuote(a.token(i).start())) {
            return false;
        }
        for (int k = i + 1; k < sentenceEnd && k <= i + 6; k++) {
            if (a.token(k).tag().equals("VBG")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation opens at token {@code i}, or after a determiner there ("an “anchor”"). */
    private static boolean quotationNext(Analysis a, int i, int sentenceEnd) {
        if (i < sentenceEnd && a.token(i).tag().equals("DT")) {
            i++;
        }
        return i < sentenceEnd && Quotes.isMark(a.token(i));
    }

    private static boolean passive(Analysis a, int cue) {
        return !a.children(cue, "aux:pass").isEmpty() || !a.children(cue, "nsubj:pass").isEmpty();
    }

    /** Whether token {@code i} opens the reporter's words after the complement. */
    private static boolean stop(Analysis a, SpeakerResolver resolver, int i, boolean asStops) {
        Analysis.Token t = a.token(i);
        if (t.tag().equals(".")) {
            return true; // also inside a quotation: "as “horrendous. … It really affects …”"
        }
        if (resolver.insideQuote(t.start())) {
            return false;
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        if (w.equals(":") && i + 1 < a.tokens().size() && Quotes.isMark(a.token(i + 1))) {
            return false; // "calls her “a candidate of change”: “…”": the quotation after the colon goes too
        }
        if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.matches("--|—|–")
                || t.tag().equals("-LRB-") || STOPS.contains(w) || asStops && w.equals("as")
                || TIME_WORDS.contains(w)) {
            return true;
        }
        if ((w.equals("and") || w.equals("but") || w.equals("or")) && i + 1 < a.tokens().size()) {
            String next = a.token(i + 1).tag();
            return next.startsWith("VB") && !next.equals("VBN");
        }
        if (OCCASION_PREPOSITIONS.contains(w)) {
            // "in a tweet", "on his radio show": the occasion of the calling, not part of it.
            for (int k = i + 1; k <= i + 4 && k < a.tokens().size(); k++) {
                Analysis.Token n = a.token(k);
                if (OCCASIONS.contains(n.lowerLemma())) {
                    return true;
                }
                if (!(n.tag().equals("DT") || n.tag().equals("PRP$") || n.tag().startsWith("NN")
                        || n.tag().startsWith("JJ") || n.tag().equals("POS"))) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean isPunct(Analysis.Token t) {
        String tag = t.tag();
        return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("HYPH");
    }
}
