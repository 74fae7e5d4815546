package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "According to X, …" and "…, according to X.": X is the source (a name, or a description: "one global index", "the
 * congressional report"), and what was said is the rest of the sentence, on whichever side of the attribution it
 * stands. An outlet so named relays what someone else in the sentence said (see {@link Extractor}).
 */
final class AccordingToSieve implements StatementSieve {

    private final String text;
    private final Analysis analysis;
    private final SpeakerResolver resolver;
    private final Sources sources;
    private final SpeechLexicon lexicon;

    AccordingToSieve() {
        this(null);
    }

    private AccordingToSieve(Draft d) {
        this.text = d == null ? null : d.text;
        this.analysis = d == null ? null : d.analysis;
        this.resolver = d == null ? null : d.resolver;
        this.sources = d == null ? null : d.sources;
        this.lexicon = d == null ? null : d.lexicon;
    }

    @Override
    public List<Found> find(Draft draft) {
        return new AccordingToSieve(draft).find();
    }

    private List<Found> find() {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i + 2 < analysis.tokens().size(); i++) {
            if (!analysis.token(i).word().equalsIgnoreCase("according")
                    || !analysis.token(i + 1).word().equalsIgnoreCase("to") || resolver.insideQuote(
                    analysis.token(i).start())) {
                continue;
            }
            Found f = at(i);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private Found at(int according) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(according));
        // The source phrase runs to the next comma, dash, parenthesis or the sentence end.
        int first = according + 2;
        int last = first;
        while (last + 1 < s.end() && !boundary(last + 1)) {
            last++;
        }
        if (first >= s.end() || boundary(first)) {
            return null;
        }
        int head = head(first, last);
        Sources.Source source = agent(head, according);
        if (source == null) {
            source = sources.of(head, according);
        }
        if (source == null || source.speaker() == null) {
            return null;
        }
        int lo;
        int hi;
        int before = according - 1;
        while (before >= s.first() && (analysis.token(before).word().equals("(") || analysis.token(before).tag()
                .equals("CC"))) {
            before--;
        }
        if (before < s.first()) {
            // "According to X, …": the rest of the sentence.
            lo = last + 1;
            while (lo < s.end() && boundary(lo)) {
                lo++;
            }
            hi = s.end() - 1;
        } else {
            // "…, according to X." and "…, according to X, …".
            lo = s.first();
            hi = before;
            int after = last + 1;
            while (after < s.end() && boundary(after)) {
                after++;
            }
            if (after < s.end() - 1 && analysis.token(before).word().matches(",|-|--|—|–")) {
                hi = s.end() - 1; // the attribution stands inside the clause it attributes
            }
        }
        lo = pastInnerAttribution(lo, hi);
        while (hi >= lo && ".,;:)(".contains(analysis.token(hi).word())) {
            hi--;
        }
        while (lo <= hi && ",;:)(".contains(analysis.token(lo).word())) {
            lo++;
        }
        if (hi - lo < 2) {
            return null;
        }
        int start = analysis.token(lo).start();
        int end = analysis.token(hi).end();
        Found f = new Found(start, end, false);
        f.act = Act.CLAIM;
        f.rule = "according-to";
        f.speaker = source.speaker();
        f.confidence = Math.min(0.7, source.confidence());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        f.cue = analysis.token(according).start();
        f.cueEnd = analysis.token(according + 1).end();
        return f;
    }

    /**
     * "according to figures released by the finance office": the one who released the figures (the agent of a
     * participle after the head) is the source, when it names a speaker.
     */
    private Sources.Source agent(int head, int according) {
        for (int acl : analysis.children(head)) {
            if (acl < head || !analysis.relation(acl).startsWith("acl")) {
                continue;
            }
            for (int c : analysis.children(acl)) {
                boolean by = analysis.children(c, "case").stream()
                        .anyMatch(k -> analysis.token(k).word().equalsIgnoreCase("by"));
                if (c > acl && analysis.relation(c).startsWith("obl") && by) {
                    Sources.Source agent = sources.of(c, according);
                    if (agent != null && agent.speaker() != null) {
                        return agent;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "X was working, he said, and Y, according to Z": the words before the inner attribution are the inner
     * speaker's, not Z's, so Z's clause starts after it (and after a conjunction that joins the two).
     */
    private int pastInnerAttribution(int lo, int hi) {
        int from = lo;
        for (int i = lo + 1; i + 1 <= hi; i++) {
            if (!analysis.token(i).word().equals(",")) {
                continue;
            }
            int verb = i + 1;
            while (verb <= hi && verb - i <= 4 && !analysis.token(verb).tag().startsWith("VB")) {
                verb++;
            }
            if (verb + 1 > hi || verb == i + 1 || !analysis.token(verb + 1).word().equals(",")
                    || lexicon.verbForm(analysis.token(verb).word().toLowerCase(java.util.Locale.ROOT)) == null) {
                continue;
            }
            int next = verb + 2;
            while (next <= hi && (analysis.token(next).tag().equals("CC") || analysis.token(next).word().equals(","))) {
                next++;
            }
            if (hi - next >= 2) {
                from = next;
            }
        }
        return from;
    }

    private boolean boundary(int i) {
        String w = analysis.token(i).word();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals("(") || w.equals(")")
                || w.equals("-") && !inWord(i) || w.equals("--") || w.equals("—") || w.equals("–") || w.equals(":");
    }

    /** A hyphen inside a word ("the conservative-leaning foundation"), which the tokenizer splits off. */
    private boolean inWord(int i) {
        return i > 0 && i + 1 < analysis.tokens().size() && analysis.token(i - 1).end() == analysis.token(i).start()
                && analysis.token(i).end() == analysis.token(i + 1).start();
    }

    /** The phrase's head: the token whose head is outside it, else its last noun. */
    private int head(int first, int last) {
        for (int i = first; i <= last; i++) {
            int h = analysis.head(i);
            if (analysis.parsed(i) && (h < first || h > last)) {
                return i;
            }
        }
        for (int i = last; i >= first; i--) {
            if (analysis.token(i).isNoun() || analysis.token(i).tag().equals("PRP")) {
                return i;
            }
        }
        return last;
    }
}
