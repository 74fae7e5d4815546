package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "…, as police have said." and "As the mayor said, the council will …": a speech verb in a clause opened by "as",
 * with a subject and nothing said of its own (no clause or object after it), reports the sentence it is set in — the
 * words before its comma when it closes the sentence, the clause after its comma when it opens it (rule
 * {@code verb-as}). {@link VerbCueSieve} finds no complement there.
 * <p>
 * Rule {@code verb-as-by}: the same clause in the passive, its speaker named by "by" ("As reported by the Gazette, the
 * mill will close", "…, as first noted by the auditors."). It has no subject, and the parser often makes the whole
 * phrase a modifier of the agent's noun, so it is read from the words: "as", at most two adverbs, a past participle of a
 * speech verb, "by" and a noun phrase, standing at the sentence's start or end beside a comma. On all PolNeAR train
 * this shape occurs nine times and eight are annotated attributions, none of which another rule read.
 */
final class AsSaidSieve implements StatementSieve {

    static final String RULE = "verb-as";
    static final String PASSIVE_RULE = "verb-as-by";

    @Override
    public List<Found> find(Draft draft) {
        List<Found> out = new ArrayList<>();
        Analysis a = draft.analysis;
        for (int i = 0; i < a.tokens().size(); i++) {
            Analysis.Token t = a.token(i);
            SpeechLexicon.Verb verb = t.tag().startsWith("VB") ? draft.lexicon.verb(t.lemma()) : null;
            if (verb == null || !a.parsed(i) || !"advcl".equals(a.relation(i)) || draft.resolver.insideQuote(t.start())
                    || !a.children(i, "ccomp").isEmpty() || !a.children(i, "obj").isEmpty()
                    || !a.children(i, "xcomp").isEmpty()) {
                continue;
            }
            int[] own = a.subtree(i);
            // An active subject only: "as Marlow is mocked in the press" says nothing of Marlow's.
            List<Integer> subjects = a.children(i, "nsubj").stream().filter(c -> "nsubj".equals(a.relation(c)))
                    .toList();
            if (!a.token(own[0]).word().equalsIgnoreCase("as") || !"mark".equals(a.relation(own[0]))
                    || subjects.isEmpty() || addressed(a, i)) {
                continue;
            }
            int[] content = content(a, i, own);
            if (content == null || content[1] - content[0] + 1 < 4) {
                continue;
            }
            Found f = TrailingAttributionSieve.statement(draft, content, subjects.get(0), i, verb, RULE);
            if (f != null) {
                out.add(f);
            }
        }
        for (int i = 0; i < a.tokens().size(); i++) {
            Found f = passive(draft, i);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Rule verb-as-by at the "as" of token {@code as}, or null when no such clause opens there. */
    private static Found passive(Draft draft, int as) {
        Analysis a = draft.analysis;
        if (!a.token(as).word().equalsIgnoreCase("as") || !a.parsed(as)
                || draft.resolver.insideQuote(a.token(as).start())) {
            return null;
        }
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(as));
        int cue = as + 1;
        while (cue < s.end() && cue - as <= 2
                && (a.token(cue).tag().equals("RB") || a.token(cue).word().equalsIgnoreCase("first"))) {
            cue++; // "as first reported by", "as previously noted by"
        }
        if (cue + 2 >= s.end() || !a.token(cue).tag().equals("VBN") || !a.token(cue + 1).word().equalsIgnoreCase("by")) {
            return null;
        }
        SpeechLexicon.Verb verb = draft.lexicon.verb(a.token(cue).lemma());
        if (verb == null) {
            return null;
        }
        // The agent: the words after "by" up to a preposition or punctuation ("by the Gazette on Tuesday").
        int last = cue + 1;
        while (last + 1 < s.end() && !punct(a, last + 1) && !a.token(last + 1).tag().matches("IN|TO|WDT|WP")) {
            last++;
        }
        int agent = -1;
        for (int k = last; k > cue + 1 && agent < 0; k--) {
            if (a.token(k).tag().startsWith("NN") && (a.head(k) <= cue + 1 || a.head(k) > last)) {
                agent = k;
            }
        }
        if (agent < 0) {
            return null;
        }
        int end = last; // the as-clause runs on to its comma or the sentence's end: "… by the Gazette on Tuesday"
        while (end + 1 < s.end() && !punct(a, end + 1)) {
            end++;
        }
        int[] content = content(a, as, new int[]{as, end});
        if (content != null && content[1] < as) {
            // "… gear: the mill will close, as first reported by the Gazette.": the clause after a colon is the report.
            for (int k = content[1] - 1; k > content[0]; k--) {
                if (a.token(k).word().matches("[:;]")) {
                    content = TrailingAttributionSieve.trimmed(a, k + 1, content[1]);
                    break;
                }
            }
        }
        if (content == null || content[1] - content[0] + 1 < 4
                || draft.resolver.insideQuote(a.token(content[0]).start())
                || draft.resolver.insideQuote(a.token(content[0]).end())) {
            return null; // a quotation, or a sentence opening with one: the quotation sieves attribute it
        }
        return TrailingAttributionSieve.statement(draft, content, agent, cue, verb, PASSIVE_RULE);
    }

    /**
     * "as voters responded to the crackdown", "as she speaks to the club this week": a verb with a phrase of "to"
     * names what the subject reacted to or whom it addressed, not the sentence's words (on PolNeAR train, both such
     * readings were wrong).
     */
    private static boolean addressed(Analysis a, int verb) {
        if (verb + 1 < a.tokens().size() && a.token(verb + 1).word().equalsIgnoreCase("to")) {
            return true; // the parser may make "to" the mark of a clause: "responded to efforts to curb …"
        }
        for (int c : a.children(verb, "obl")) {
            for (int k : a.children(c, "case")) {
                if (a.token(k).word().equalsIgnoreCase("to")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence's words the as-clause {@code own} reports: before its comma, or after it; else null. */
    private static int[] content(Analysis a, int verb, int[] own) {
        Analysis.Sentence s = a.sentences().get(a.sentenceOf(verb));
        int last = s.end() - 1;
        while (last > own[1] && punct(a, last)) {
            last--;
        }
        if (last == own[1] && own[0] - 1 > s.first() && a.token(own[0] - 1).word().equals(",")) {
            return TrailingAttributionSieve.trimmed(a, s.first(), own[0] - 2);
        }
        int first = s.first();
        while (first < own[0] && punct(a, first)) {
            first++;
        }
        if (first == own[0] && own[1] + 1 < s.end() && a.token(own[1] + 1).word().equals(",")) {
            return TrailingAttributionSieve.trimmed(a, own[1] + 2, last);
        }
        return null;
    }

    private static boolean punct(Analysis a, int token) {
        return a.token(token).word().matches("[.,;:!?]+|--|—|–|-");
    }
}
