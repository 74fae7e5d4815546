package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code fronted-adverbials}: "Later in the evening, after the vote closed, Roe wrote to her staff …", "But even
 * if the council agrees, the mayor warned …" — words before a speech verb that the parse hangs on the verb as several
 * adverbials side by side (a time adverb, a prepositional phrase, a subordinate clause with its marker, a conjunction
 * joining the verb to the sentence before) say when or on what condition someone spoke, not what they said.
 * {@link NotSpeechFilters.FrontedClause} judges fronted words with one head; this one judges those with several, each
 * an adverbial of the verb: a clause only with a subordinator or as a participle (a reported sentence the parse hangs
 * on the verb has neither), a nominal only with a preposition or as a phrase of time. Quotations are never judged.
 */
final class FrontedAdverbials implements NotSpeechFilters.Filter {

    @Override
    public String name() {
        return "fronted-adverbials";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (f.verbatim || f.quoteOnly || f.cue < f.end || NotSpeechFilters.quoted(draft.text, f)) {
            return false;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        if (cue < 0 || !a.parsed(cue)) {
            return false;
        }
        List<Integer> heads = heads(a, f);
        if (heads == null || heads.size() < 2) {
            return false;
        }
        boolean circumstance = false;
        for (int h : heads) {
            boolean onCue = a.head(h) == cue || "conj".equals(a.relation(cue)) && a.head(cue) == a.head(h);
            String kind = adverbial(a, h);
            if (!onCue || kind == null) {
                return false;
            }
            circumstance |= !kind.equals("joint");
        }
        return circumstance;
    }

    /** The tokens of the statement whose head lies outside it (punctuation aside), or null when one is unparsed. */
    private static List<Integer> heads(Analysis a, Found f) {
        int first = a.tokenAt(f.start);
        if (first < 0) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = first; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
            if (!a.parsed(i)) {
                return null;
            }
            int h = a.head(i);
            boolean outside = h < 0 || a.token(h).start() < f.start || a.token(h).start() >= f.end;
            if (outside && !"punct".equals(a.relation(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * What adverbial the head {@code h} is: "joint" for a conjunction or a plain adverb ("But", "Later", "even"),
     * "circumstance" for a subordinate clause with its marker or a participle, a prepositional phrase or a phrase of
     * time; null for anything else (a subject, a complement, a clause without a marker).
     */
    private static String adverbial(Analysis a, int h) {
        String rel = a.relation(h);
        String tag = a.token(h).tag() == null ? "" : a.token(h).tag();
        if (rel == null) {
            return null;
        }
        if (rel.equals("cc") || rel.equals("advmod") && tag.startsWith("RB")) {
            return "joint";
        }
        if (rel.equals("advcl")) {
            return !a.children(h, "mark").isEmpty() || tag.equals("VBG") || tag.equals("VBN") ? "circumstance" : null;
        }
        if (rel.equals("obl:tmod") || rel.equals("obl:npmod")) {
            return "circumstance";
        }
        if (rel.startsWith("obl") || rel.startsWith("nmod")) {
            return a.children(h, "case").isEmpty() ? null : "circumstance";
        }
        return null;
    }
}
