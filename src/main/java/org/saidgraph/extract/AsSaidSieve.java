package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "…, as police have said." and "As the mayor said, the council will …": a speech verb in a clause opened by "as",
 * with a subject and nothing said of its own (no clause or object after it), reports the sentence it is set in — the
 * words before its comma when it closes the sentence, the clause after its comma when it opens it (rule
 * {@code verb-as}). {@link VerbCueSieve} finds no complement there.
 */
final class AsSaidSieve implements StatementSieve {

    static final String RULE = "verb-as";

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
            // An active subject only: "as Cosby is attacked in the media" says nothing of Cosby's.
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
        return out;
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
