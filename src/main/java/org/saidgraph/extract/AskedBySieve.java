package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question whose asker is named as the agent of a passive "asked" (rule {@code asked-by}): "Asked by the host
 * whether she had rehearsed, Okafor said …", "when asked by a reporter if the plan stands", "Asked by the anchor
 * about the tax", "Asked by the moderator to respond to the charge". The question (with its "whether", "if",
 * "about" or "to") is the asker's words and the agent is the speaker. PolNeAR annotates this shape as an attribution
 * in 12 of its 13 uses on train, and no earlier sieve read it: a passive gives the other sieves no speaker. Without a
 * by-agent nobody is named as the asker, and by the model (every statement has a speaker) nothing is read.
 */
final class AskedBySieve implements StatementSieve {

    private static final Set<String> QUESTION_MARKS = Set.of("if", "whether");

    @Override
    public List<Found> find(Draft d) {
        List<Found> out = new ArrayList<>();
        Analysis a = d.analysis;
        for (int i = 0; i < a.tokens().size(); i++) {
            Analysis.Token t = a.token(i);
            if (!t.tag().equals("VBN") || !t.lemma().equalsIgnoreCase("ask") || !a.parsed(i)
                    || d.resolver.insideQuote(t.start()) || d.cueTaken(t.start())) {
                continue;
            }
            int agent = agent(a, i);
            int[] question = agent < 0 ? null : question(a, i, agent);
            Found f = question == null ? null : statement(d, i, agent, question);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The noun after "by" that the parse hangs on "asked", or -1. */
    private static int agent(Analysis a, int cue) {
        for (int c : a.children(cue)) {
            if (c > cue && a.relation(c).startsWith("obl") && hasCase(a, c, "by")) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Where the words of the question begin (their parse subtree), or null: a clause opened by "whether", "if" or a question word, "to" and a verb
     * (what was asked for), or a phrase after "about".
     */
    private static int[] question(Analysis a, int cue, int agent) {
        for (int c : a.children(cue)) {
            if (c <= agent) {
                continue;
            }
            String rel = a.relation(c);
            int[] r = a.subtree(c);
            String first = a.token(r[0]).word().toLowerCase(Locale.ROOT);
            boolean clause = (rel.equals("ccomp") || rel.equals("advcl"))
                    && (QUESTION_MARKS.contains(first) || a.token(r[0]).tag().startsWith("W"));
            boolean request = rel.equals("xcomp") && first.equals("to");
            boolean topic = rel.startsWith("obl") && hasCase(a, c, "about");
            if (clause || request || topic) {
                return r;
            }
        }
        return null;
    }

    private static boolean hasCase(Analysis a, int noun, String preposition) {
        for (int k : a.children(noun, "case")) {
            if (a.token(k).word().equalsIgnoreCase(preposition)) {
                return true;
            }
        }
        return false;
    }

    private static Found statement(Draft d, int cue, int agent, int[] question) {
        Analysis a = d.analysis;
        // The question runs to the comma that closes the fronted participle clause (or the sentence end), not to
        // where the parse ends it: the parse often hangs the main clause on the question ("if Voss wins the seat,
        // Halloran avoided …") or the rest of the question on the main clause.
        int sentenceEnd = a.sentences().get(a.sentenceOf(cue)).end();
        int hi = question[0];
        while (hi + 1 < sentenceEnd && !(a.token(hi + 1).word().equals(",")
                && !d.resolver.insideQuote(a.token(hi + 1).start()))) {
            hi++;
        }
        while (hi > question[0] && Set.of(",", ".", ":").contains(a.token(hi).tag())) {
            hi--;
        }
        int start = a.token(question[0]).start();
        int end = a.token(hi).end();
        if (question[0] + 1 > hi) {
            return null;
        }
        for (Found f : d.statements) {
            if (f.start < end && start < f.end) {
                return null; // an earlier sieve read these words already
            }
        }
        Sources.Source source = d.sources.of(agent, cue);
        if (source == null || source.speaker() == null) {
            return null;
        }
        Found f = Found.of(start, end, false, source.speaker(), Act.QUESTION, "asked-by", source.confidence());
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        return f.cue(a.token(cue).start(), a.token(cue).end());
    }
}
