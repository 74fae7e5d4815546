package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Claims named by a noun, read from the dependency parse. When the object of a denial verb ("rejected", "dismissed",
 * "disputed" …) is a claim noun of the lexicon ({@code claim-noun} in {@code speech.tsv}) whose holder is named, as
 * its possessor ("dismissed the governor's claim that …"; rule {@code noun-possessor}) or by a by- or from-phrase
 * ("rejected claims by the dockworkers' union that …"; rule {@code noun-by}), the that-clause of that noun is a
 * statement of its holder, which the denial denies ({@link DeniedClaims}, rule {@code claim-in-object}). Researchers
 * ask "who denied whose claim?", and without this the claim exists only inside the denial's words.
 *
 * <p>Elsewhere, only a holder named by a by- or from-phrase makes the clause a statement (rule {@code noun-clause}:
 * "faced criticism from the unions that the plan …", "a report by the gazette that the mayor …"): PolNeAR train
 * annotates 8 of the 9 this reads. (An infinitive after a demand or pledge, "calls from two senators to resign", was
 * tried: the parser seldom hangs it on the noun, and it read nothing on train.) The same reading of every possessed claim noun
 * ("his claim that …" anywhere) does not ship: PolNeAR annotates about half of those (it found a gold attribution for
 * 36 of 60 statements on all 840 train articles; 27 of 44 when first measured on 720), mostly because the claim is
 * also the content of an outer attribution ("rebutted the firm's accusation that …") whose span the annotators keep.
 */
final class NominalClaims {

    static final String POSSESSOR = "noun-possessor";
    static final String BY_AGENT = "noun-by";
    static final String CLAUSE = "noun-clause";

    private final Draft draft;
    private final Analysis analysis;

    private NominalClaims(Draft draft) {
        this.draft = draft;
        this.analysis = draft.analysis;
    }

    /** The claims named by the objects of the article's denials, and those whose holder a by- or from-phrase names. */
    static List<Found> find(Draft draft) {
        return new NominalClaims(draft).find();
    }

    /** Whether {@code f} is a claim read inside a noun phrase by this class. */
    static boolean nominal(Found f) {
        return POSSESSOR.equals(f.rule) || BY_AGENT.equals(f.rule) || CLAUSE.equals(f.rule);
    }

    private List<Found> find() {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < analysis.tokens().size(); i++) {
            Analysis.Token t = analysis.token(i);
            Act act = t.tag().startsWith("NN") ? draft.lexicon.claimNoun(t.word()) : null;
            if (act == null || !analysis.parsed(i) || draft.resolver.insideQuote(t.start())) {
                continue;
            }
            Found f = atNoun(i, act, deniedObject(i));
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the noun is the object of a denial verb: "rejected claims by …", "dismissed the governor's claim". */
    private boolean deniedObject(int noun) {
        int head = analysis.head(noun);
        if (head < 0 || !VerbCueSieve.base(analysis.relation(noun)).equals("obj")
                || !analysis.token(head).tag().startsWith("VB")) {
            return false;
        }
        SpeechLexicon.Verb verb = draft.lexicon.verb(analysis.token(head).lemma());
        return verb != null && verb.act() == Act.DENIAL;
    }

    private Found atNoun(int noun, Act act, boolean denied) {
        int holder = -1;
        String rule = null;
        for (int c : denied ? analysis.children(noun, "nmod:poss") : List.<Integer>of()) {
            holder = c;
            rule = POSSESSOR;
        }
        for (int c : analysis.children(noun, "nmod")) {
            if (holder < 0 && c > noun && (hasWord(c, "case", "by") || hasWord(c, "case", "from"))) {
                holder = c;
                rule = denied ? BY_AGENT : CLAUSE;
            }
        }
        // The parser often hangs the holder on the verb whose object the noun is ("drew criticism from the union that
        // …"): it is the noun's when it follows the noun directly.
        int verb = analysis.head(noun);
        if (holder < 0 && verb >= 0 && VerbCueSieve.base(analysis.relation(noun)).equals("obj")) {
            for (int c : analysis.children(verb, "obl")) {
                if (analysis.subtree(c)[0] == analysis.subtree(noun)[1] + 1
                        && (hasWord(c, "case", "by") || hasWord(c, "case", "from"))) {
                    holder = c;
                    rule = denied ? BY_AGENT : CLAUSE;
                }
            }
        }
        int[] content = holder < 0 ? null : content(noun, holder);
        if (content == null || content[1] - content[0] + 1 < 3) {
            return null;
        }
        Sources.Source source = source(holder, noun);
        if (source == null || source.speaker() == null) {
            return null;
        }
        int start = analysis.token(content[0]).start();
        int end = analysis.token(content[1]).end();
        if (draft.resolver.insideQuote(start) && draft.resolver.insideQuote(end - 1)) {
            return null; // the clause is a quotation: the quotation sieves attribute it
        }
        Found f = Found.of(start, end, false, source.speaker(), act, rule, 0.55)
                .cue(analysis.token(noun).start(), analysis.token(noun).end());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        return f;
    }

    /** The holder's entity: "his", "her", "their" resolved as pronouns; names and descriptions as subjects are. */
    private Sources.Source source(int holder, int noun) {
        Analysis.Token h = analysis.token(holder);
        if (h.tag().equals("PRP$")) {
            String id = draft.sources.pronoun(h.word().toLowerCase(Locale.ROOT), holder);
            return id == null ? null : new Sources.Source(id, 0.5, h.start(), h.end());
        }
        return draft.sources.of(holder, noun);
    }

    /** The token range {@code [first, last]} of the noun's that-clause after its holder, without "that"; or null. */
    private int[] content(int noun, int holder) {
        // The parser may hang the clause on the holder, the nearer noun ("claims by the farmers' association that
        // …"); a complement "that" (a mark, not the subject of a relative clause) still says what was claimed.
        List<Integer> candidates = new ArrayList<>(analysis.children(noun));
        if (holder > noun) {
            candidates.addAll(analysis.children(holder));
            candidates.addAll(rightAfter(noun, holder));
        }
        for (int c : candidates) {
            String rel = analysis.relation(c);
            if (c > noun && c > holder && (rel.equals("ccomp") || rel.equals("acl")) && hasWord(c, "mark", "that")
                    && analysis.subtree(c)[0] < c) {
                int[] r = analysis.subtree(c);
                if (analysis.token(r[0]).word().equalsIgnoreCase("that")) {
                    return trimmed(r[0] + 1, clauseEnd(c, r[0] + 1, r[1]));
                }
            }
        }
        return null;
    }

    /**
     * When the parser hung the holder on the verb rather than on the noun ("drew criticism from the union that …"),
     * it hangs the noun's clause there too: the verb's dependents that begin right after the holder's phrase.
     */
    private List<Integer> rightAfter(int noun, int holder) {
        int verb = analysis.head(holder);
        if (verb < 0 || verb == noun) {
            return List.of();
        }
        int next = analysis.subtree(holder)[1] + 1;
        return analysis.children(verb).stream().filter(c -> analysis.subtree(c)[0] == next).toList();
    }

    /**
     * Where a that-clause ends: the parser often hangs the rest of the sentence on it ("Despite his claim that the
     * fund was sound, the auditors found …"), so it ends before a semicolon, dash or parenthesis, and before the first
     * comma after its own predicate {@code head}, outside quotation marks.
     */
    private int clauseEnd(int head, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            Analysis.Token t = analysis.token(i);
            String w = t.word();
            boolean dash = w.matches("--|—|–") || w.equals("-") && Character.isWhitespace(
                    draft.text.charAt(Math.max(0, t.start() - 1)));
            if (!draft.resolver.insideQuote(t.start())
                    && (w.equals(";") || w.equals("(") || dash || w.equals(",") && i > head)) {
                return i - 1;
            }
        }
        return last;
    }

    /** The range without punctuation at its edges, or null when nothing is left. */
    private int[] trimmed(int first, int last) {
        while (last >= first && isPunct(last)) {
            last--;
        }
        while (first <= last && isPunct(first)) {
            first++;
        }
        return first <= last ? new int[]{first, last} : null;
    }

    private boolean isPunct(int token) {
        return analysis.token(token).word().matches("[.,;:!?]+|--|—|–|-");
    }

    /** Whether {@code token} has a child of relation {@code rel} that is the word {@code word}. */
    private boolean hasWord(int token, String rel, String word) {
        for (int k : analysis.children(token, rel)) {
            if (analysis.token(k).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }
}
