package org.saidgraph.extract;

import java.util.Locale;

/**
 * Rule {@code object-after-cue}: a reported statement read before its speech verb ("The levy will pass, she said")
 * is not what was said when the verb has a noun-phrase object of its own after it: "[During a stop in Harbourton],
 * Jane Roe repeated her pledge …", "[The pier has been a steady earner, however], the mayor repeated her pledge …".
 * The words before are then the reporter's framing or a sentence of narration, and the verb's words are its object
 * (which a later sieve may read, since the filter runs at the cue). Not for
 * a verb whose first object is its hearer ("…, she told her staff"), nor when the noun phrase after the verb is its
 * subject ("…, added her spokesman"), which the parse marks as such, or an object that is the statement's own
 * speaker (the parse sometimes makes "…, said Jane Roe" an object). Only the statements of rule {@code verb-before}:
 * with {@code verb-around} the words before the verb ran on into what it reports. On all of PolNeAR train (session
 * 18) it dropped 22 statements, 4 of which found a gold attribution (2 lost: a question put to the speaker, a
 * sentence whose verb the parse gave an object the annotators did not read).
 */
final class ObjectAfterCue implements NotSpeechFilters.Filter {

    @Override
    public String name() {
        return "object-after-cue";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (!"verb-before".equals(f.rule) || f.verbatim || f.quoteOnly || f.cue < f.end || f.parts.size() > 1
                || NotSpeechFilters.quoted(draft.text, f)) {
            return false;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        if (cue < 0 || !a.parsed(cue) || !a.token(cue).isVerb()) {
            return false;
        }
        String lemma = (a.token(cue).lemma() == null ? a.token(cue).word() : a.token(cue).lemma())
                .toLowerCase(Locale.ROOT);
        SpeechLexicon.Verb verb = draft.lexicon.verb(lemma);
        if (verb == null || verb.hearer()) {
            return false;
        }
        boolean subject = false;
        boolean object = false;
        for (int k : a.children(cue)) {
            String rel = a.relation(k);
            if (rel == null) {
                continue;
            }
            if (rel.startsWith("nsubj")) {
                if (k > cue) {
                    return false; // an inverted attribution: the noun phrase after the verb speaks
                }
                subject = true;
            }
            int at = a.token(k).start();
            // The parse sometimes makes the speaker named after the verb its object ("…, said Jane Roe, a
            // historian"): an object inside the statement's source is the speaker, not what the verb governs.
            if (rel.equals("obj") && k > cue && (at < f.sourceStart || at >= f.sourceEnd)) {
                object = true;
            }
        }
        return subject && object;
    }
}
