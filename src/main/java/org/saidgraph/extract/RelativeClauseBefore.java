package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code relative-clause-before}: a {@code verb-before} statement (words read before their verb, "…, critics
 * say") that is only a relative clause — opened by "who", "whom", "whose" or "which" and hung by the parse on a noun
 * before it as {@code acl:relcl} — describes the noun, most often the speaker ("Roe, who has run the ferry board
 * since 2019, on Monday outlined her plan"), and is not what was said. A question ("Who would vote for that?" she
 * asked) and words in quotation marks are never judged. Found among the false statements with no gold overlap on all
 * 840 PolNeAR train articles (session 30): the shape stands 3 times there, none finding an attribution.
 */
final class RelativeClauseBefore implements NotSpeechFilters.Filter {

    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

    /** Whether a word opens a relative clause this filter judges ("who", "whom", "whose", "which"). */
    static boolean opensRelative(String word) {
        return RELATIVES.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public String name() {
        return "relative-clause-before";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (!"verb-before".equals(f.rule) || f.verbatim || f.quoteOnly || f.cue < f.end
                || NotSpeechFilters.quoted(draft.text, f) || draft.text.substring(f.start, f.end).indexOf('?') >= 0) {
            return false;
        }
        Analysis a = draft.analysis;
        int first = a.tokenAt(f.start);
        if (first < 0 || !opensRelative(a.token(first).word())) {
            return false;
        }
        int head = NotSpeechFilters.spanHead(a, first, f);
        return head >= 0 && "acl:relcl".equals(a.relation(head)) && a.head(head) >= 0 && a.head(head) < first;
    }
}
