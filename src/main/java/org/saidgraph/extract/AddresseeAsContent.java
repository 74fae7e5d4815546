package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule {@code addressee-as-content}: a statement that opens with the hearer of a verb of telling and holds nothing
 * said — "Jane Roe told [a dispatcher before the police arrived]", "he told [the crowd gathered at the depot]" — names
 * whom someone spoke to, and when or where, not what was said. The parse decides: every word of the statement hangs
 * on the cue through its object (the hearer) or an adverbial (a clause, a phrase of time or place); a clause the cue
 * governs ("told reporters the plan would fail"), a hearer before the statement ("told her the conditions"), a
 * speech noun or a noun of a thing told as the object ("told the story", "told a different tale"; {@code told-thing}
 * rows), a clause of its own after the hearer ("told the agency her group never met him"), a quotation, or a cue after
 * the statement's words keep it. The verbs
 * are data ({@code src/main/resources/extract/not-speech-senses.tsv}, shape {@code addressee}).
 */
final class AddresseeAsContent implements NotSpeechFilters.Filter {

    static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "addressee");
    /** Nouns of a thing told, not of a hearer: "told [the story of …]", "told [a different tale]". */
    static final Set<String> TOLD = Gazetteer.words("/extract/not-speech-senses.tsv", "told-thing");
    /** How words of the statement other than the hearer may hang on the cue: as a circumstance of the telling. */
    private static final Set<String> CIRCUMSTANCE = Set.of("advcl", "obl", "obl:tmod", "obl:npmod", "advmod", "punct");

    @Override
    public String name() {
        return "addressee-as-content";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        int cue = NotSpeechFilters.cueBefore(draft, f, VERBS);
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (cue < 0 || hearerBefore(a, cue, first)) {
            return false;
        }
        boolean hearer = false;
        for (int i = first; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
            if (!a.parsed(i)) {
                return false;
            }
            int h = a.head(i);
            boolean outside = h < 0 || a.token(h).start() < f.start || a.token(h).start() >= f.end;
            if (said(a.token(i).word()) || clause(a, i)) {
                return false;
            }
            if (!outside) {
                continue;
            }
            String rel = a.relation(i) == null ? "" : a.relation(i);
            if (h == cue && (rel.equals("obj") || rel.equals("iobj")) && !hearer && i == hearerStart(a, first, i)
                    && draft.lexicon.speechNoun(a.token(i).word()) == null
                    && !TOLD.contains(a.token(i).word().toLowerCase(java.util.Locale.ROOT))) {
                hearer = true;
            } else if (h != cue || !(CIRCUMSTANCE.contains(rel) || participle(a, i, rel))) {
                return false;
            }
        }
        return hearer;
    }

    /**
     * A colon or "that" in the statement opens what was told ("telling the story of the summit: in December, …",
     * "tells so many lies that …"): the object is then the thing told, not the hearer.
     */
    private static boolean said(String word) {
        return word.equals(":") || word.equalsIgnoreCase("that");
    }

    /**
     * A finite verb with a subject of its own that does not describe a noun ("told [the agency her group never met
     * him]", "telling [his crew he meant to …]"): what was told is a clause the parse hangs on the hearer. A
     * relative clause with its pronoun ("the station, whose host …") or a clause of time ("as he worked") is not
     * one.
     */
    private static boolean clause(Analysis a, int i) {
        String tag = a.token(i).tag() == null ? "" : a.token(i).tag();
        String rel = a.relation(i) == null ? "" : a.relation(i);
        if (!tag.matches("VB[DZP]|MD") || rel.equals("advcl") || a.children(i, "nsubj").isEmpty()) {
            return false;
        }
        // The parse makes "the agency her office never met …" a relative clause without its pronoun; a relative
        // clause opens with one ("the station, whose host …", "people who …").
        return !rel.startsWith("acl") || rel.equals("acl:relcl") && !relativeWord(a, i);
    }

    /** Whether a relative pronoun or "that" stands in the clause before its verb. */
    private static boolean relativeWord(Analysis a, int verb) {
        for (int j = a.subtree(verb)[0]; j < verb; j++) {
            String tag = a.token(j).tag() == null ? "" : a.token(j).tag();
            if (tag.startsWith("W") || a.token(j).word().equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A past participle the parse hangs on the cue ("told 2,000 people gathered at the depot", "told a station in a
     * video posted online") describes the hearer or the occasion; an infinitive there ("told them to leave") is what
     * was said and is not one.
     */
    private static boolean participle(Analysis a, int i, String rel) {
        String tag = a.token(i).tag() == null ? "" : a.token(i).tag();
        return (rel.equals("xcomp") || rel.equals("dep")) && (tag.equals("VBN") || tag.equals("VBD"));
    }

    /**
     * Whether the cue has an object before the statement: "told her the conditions" names the hearer first, and the
     * statement's object is then what was told.
     */
    static boolean hearerBefore(Analysis a, int cue, int first) {
        for (int c : a.children(cue)) {
            String rel = a.relation(c);
            if (c < first && ("obj".equals(rel) || "iobj".equals(rel))) {
                return true;
            }
        }
        return false;
    }

    /** The hearer's phrase opens the statement: the first word of the statement is in its subtree. */
    private static int hearerStart(Analysis a, int first, int hearer) {
        return a.subtree(hearer)[0] <= first ? hearer : -1;
    }
}
