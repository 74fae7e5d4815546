package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Demands and appeals that no earlier sieve read, where the parse lost the speech verb's subject or its complement
 * (a conjoined verb, a participle, a gerund after a preposition, an infinitive the tagger took for a noun). Two
 * shapes, each a rule:
 * <ul>
 * <li>{@code demand-gerund}: "calling for" or "calling on … to" not finite — "outflanked her rival by calling for a
 * fare freeze", "stopped short of calling for his dismissal", "with three governors all calling for a higher quota",
 * "a chorus of critics calling for him to quit", "the senator's speech singling out the port and calling for a
 * new levy". What was called for is the words after the preposition;</li>
 * <li>{@code appeal-infinitive}: "urge" or "call on/upon" with the one appealed to and an infinitive of what they
 * should do — "and urged him to resign", "are gently urging the mayor to accept the result", "called on the board
 * Wednesday to drop the fee". What was said is the one appealed to and the infinitive, as PolNeAR marks it.</li>
 * </ul>
 * Both end at the first comma, semicolon, colon or dash after the preposition or the infinitive's "to", and before
 * "and"/"but" with a finite verb. Who made the demand is the verb's own subject, else the person or group noun the
 * participle describes (or that noun's possessor when the noun is a thing), else the active subject of the nearest
 * verb above it in the parse. A statement is made only where no earlier statement overlaps its words.
 *
 * <p>On all 840 PolNeAR train articles (session 23): {@code demand-gerund} 6 statements, 6 find gold (the one
 * false reading, "a book calling for …", is why a document with no possessor is no caller); {@code
 * appeal-infinitive} 3 statements, 3 find gold (before the guards against "urged him to do", a comma between the
 * one appealed to and the infinitive, and a relative "who", it made 8 with 4 right). An appeal that another sieve
 * read is left to it: most "urged X to Y" are read by {@link VerbCueSieve} already.
 *
 * <p>"Calling on" alone ("calling on voters in Ohio") is a visit, so it is read only with an infinitive. The finite
 * "is calling for" is {@link VerbCueSieve}'s. "Promising", "pledging", "vowing" in the same shapes are not read:
 * "promising" is mostly an adjective, and the noun shapes ("his call for", "her promise to") were annotated in under
 * half of their uses on PolNeAR train (10 of 37 and 13 of 29).
 */
final class DemandSieve implements StatementSieve {

    static final String GERUND = "demand-gerund";
    static final String APPEAL = "appeal-infinitive";

    private static final Set<String> PREPOSITIONS = Set.of("for", "on", "upon");
    /** Relations by which a phrase hangs on a noun that it describes: the noun, not a verb above, is the caller. */
    private static final Set<String> ON_NOUN = Set.of("acl", "amod");
    /** How far after the verb the infinitive of an appeal may begin: the one appealed to lies between. */
    private static final int ADDRESSEE_WORDS = 10;

    @Override
    public List<Found> find(Draft draft) {
        List<Found> out = new ArrayList<>();
        Analysis a = draft.analysis;
        for (int i = 0; i + 2 < a.tokens().size(); i++) {
            Analysis.Token t = a.token(i);
            if (!t.tag().startsWith("VB") || !a.parsed(i) || draft.resolver.insideQuote(t.start())) {
                continue;
            }
            String prep = a.token(i + 1).word().toLowerCase(Locale.ROOT);
            String lemma = t.lowerLemma();
            Found f = null;
            if (t.word().equalsIgnoreCase("calling") && t.tag().equals("VBG") && PREPOSITIONS.contains(prep)
                    && a.children(i, "aux").isEmpty()) {
                f = gerund(draft, i, prep);
            }
            if (f == null && (lemma.equals("urge") || lemma.equals("call") && (prep.equals("on")
                    || prep.equals("upon"))) && !passive(a, i)) {
                f = appeal(draft, i, lemma.equals("urge") ? i + 1 : i + 2);
            }
            Found found = f;
            if (found != null && draft.statements.stream().noneMatch(s -> s.start < found.end && found.start < s.end)) {
                out.add(found);
            }
        }
        return out;
    }

    /** "calling for X", "calling on X to do Y", not finite. */
    private static Found gerund(Draft d, int cue, String prep) {
        Analysis a = d.analysis;
        int lo = cue + 2;
        if (!prep.equals("for") && infinitive(a, lo, Math.min(lo + ADDRESSEE_WORDS, sentenceEnd(a, cue))) < 0) {
            return null; // "calling on voters in Ohio": a visit, not a demand
        }
        return statement(d, cue, lo, lo, GERUND);
    }

    /** "urged the board to drop the levy", "called on the mayor to resign": the one appealed to, then an infinitive. */
    private static Found appeal(Draft d, int cue, int lo) {
        Analysis a = d.analysis;
        if (lo >= sentenceEnd(a, cue) || !addressee(a.token(lo).tag())) {
            return null;
        }
        int to = infinitive(a, lo, Math.min(lo + ADDRESSEE_WORDS, sentenceEnd(a, cue)));
        if (to < 0) {
            return null;
        }
        for (int j = lo; j < to; j++) {
            if (a.token(j).tag().matches("VB[DZP]|MD|,") || d.resolver.insideQuote(a.token(j).start())) {
                return null; // a clause or an aside between: the parse of what follows is not to be trusted
            }
        }
        String verb = a.token(to + 1).lowerLemma();
        if (verb.equals("do") && (to + 2 >= sentenceEnd(a, cue) || !a.token(to + 2).tag().startsWith("NN")
                && !a.token(to + 2).tag().startsWith("DT"))) {
            return null; // "as his allies urged him to do": a pro-form, nothing said of its own
        }
        if (relative(a, cue)) {
            return null; // "Jane Roe, who has called on the mayor to resign, …": the reporter's aside
        }
        return statement(d, cue, lo, to, APPEAL);
    }

    private static Found statement(Draft d, int cue, int lo, int from, String rule) {
        Analysis a = d.analysis;
        int hi = sentenceEnd(a, cue) - 1;
        for (int j = from; j <= hi; j++) {
            Analysis.Token t = a.token(j);
            String w = t.word().toLowerCase(Locale.ROOT);
            boolean stop = w.equals(",") || w.equals(";") || w.equals("--") || w.equals("—") || w.equals("–")
                    || w.equals(":") || (w.equals("and") || w.equals("but")) && j + 1 <= hi
                    && a.token(j + 1).tag().matches("VB[DZ]");
            // a finite verb (or its auxiliary) whose clause hangs on nothing inside the words read: the sentence's
            // own verb, after the phrase ("a chorus of nurses calling for the minister to quit has gathered …")
            int clause = a.relation(j) != null && a.relation(j).startsWith("aux") && a.head(j) > j ? a.head(j) : j;
            stop |= t.tag().matches("VB[DZP]") && clause != cue && a.head(clause) < lo;
            if (stop && j > from && !d.resolver.insideQuote(t.start())) {
                hi = j - 1;
                break;
            }
        }
        while (hi >= lo && isPunct(a.token(hi).tag())) {
            hi--;
        }
        if (hi - lo + 1 < 2) {
            return null; // "calling for change": too little to tell what was asked
        }
        int speaker = caller(d, cue);
        if (speaker < 0 || d.resolver.insideQuote(a.token(speaker).start())) {
            return null;
        }
        Sources.Source source = d.sources.of(speaker, cue);
        if (source == null || source.speaker() == null) {
            return null;
        }
        Found f = Found.of(a.token(lo).start(), a.token(hi).end(), false, source.speaker(), Act.DEMAND, rule,
                source.confidence());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        return f.cue(a.token(cue).start(), a.token(cue).end());
    }

    /**
     * Who calls for it: the verb's own subject ("with three governors all calling for"), the noun a participle
     * describes when that can speak, or its possessor when it is a thing; else, up the parse, the active subject of
     * the nearest verb that has one. -1 when none is found within a few steps or the subject is passive.
     */
    private static int caller(Draft d, int cue) {
        Analysis a = d.analysis;
        int v = cue;
        for (int guard = 0; guard < 6 && v >= 0; guard++) {
            if (a.token(v).tag().startsWith("VB")) {
                List<Integer> subjects = a.children(v, "nsubj");
                for (int subject : subjects) {
                    if (!"nsubj:pass".equals(a.relation(subject)) && subject < cue) {
                        return subject;
                    }
                }
                if (!subjects.isEmpty()) {
                    return -1; // a passive, or a subject after the verb: not the caller
                }
            }
            int head = a.head(v);
            if (head < 0) {
                return -1;
            }
            if (a.token(head).tag().startsWith("NN") && describes(a, v, head)) {
                List<Integer> owners = a.children(head, "nmod:poss");
                if (!d.sources.thing(head) && !ParticipleCueSieve.DOCUMENTS.contains(
                        a.token(head).lowerLemma())) {
                    return head < cue ? head : -1;
                }
                // "the senator's speech calling for …" speaks for the senator; "a book calling for …" for no one
                // named (PolNeAR train leaves it out)
                return owners.isEmpty() ? -1 : owners.get(0);
            }
            v = head;
        }
        return -1;
    }

    /**
     * Whether the participle at {@code v} describes the noun {@code head}: it hangs on it as a modifier, or, as the
     * parse leaves a second participle of a pair ("rhetoric singling out X and calling for Y"), as a conjunct of a
     * noun that a participle before it already describes.
     */
    private static boolean describes(Analysis a, int v, int head) {
        String rel = VerbCueSieve.base(a.relation(v));
        if (ON_NOUN.contains(rel)) {
            return true;
        }
        return rel.equals("conj") && a.token(v).tag().equals("VBG")
                && a.children(head, "acl").stream().anyMatch(c -> c < v && a.token(c).tag().equals("VBG"));
    }

    /** Whether the verb heads a relative clause ("…, who urged …", "…, which has called on …"). */
    private static boolean relative(Analysis a, int verb) {
        for (int subject : a.children(verb, "nsubj")) {
            String w = a.token(subject).word().toLowerCase(Locale.ROOT);
            if (w.equals("who") || w.equals("which") || w.equals("that")) {
                return true;
            }
        }
        return "acl:relcl".equals(a.relation(verb));
    }

    /** Whether the verb is passive ("was urged to run"): the one urged is its subject, the one urging unnamed. */
    private static boolean passive(Analysis a, int verb) {
        if (!a.children(verb, "aux:pass").isEmpty() || !a.children(verb, "nsubj:pass").isEmpty()) {
            return true;
        }
        return verb > 0 && a.token(verb).tag().equals("VBN") && a.token(verb - 1).lemma().equalsIgnoreCase("be");
    }

    /** The first "to" in {@code [lo, end)} followed by a verb ("to resign", "not to resign"), or -1. */
    private static int infinitive(Analysis a, int lo, int end) {
        for (int j = lo; j + 1 < end; j++) {
            if (a.token(j).word().equalsIgnoreCase("to") && a.token(j + 1).tag().equals("VB")) {
                return j;
            }
        }
        return -1;
    }

    /** Whether a word can open the phrase naming the one appealed to: a noun, pronoun, name, determiner. */
    private static boolean addressee(String tag) {
        return tag.startsWith("NN") || tag.equals("PRP") || tag.equals("DT") || tag.equals("PRP$")
                || tag.equals("JJ") || tag.equals("CD");
    }

    private static int sentenceEnd(Analysis a, int token) {
        return a.sentences().get(a.sentenceOf(token)).end();
    }

    private static boolean isPunct(String tag) {
        return tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("HYPH") || tag.equals("''")
                || tag.equals("``");
    }
}
