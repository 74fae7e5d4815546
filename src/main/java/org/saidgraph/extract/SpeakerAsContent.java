package org.saidgraph.extract;

/**
 * Rule {@code speaker-as-content}: a statement whose words are the speech verb's own subject — "Jane Roe, who phoned
 * the mayor after the count, told her staff …" read as if "Jane Roe, who phoned the mayor after the count" were
 * what was told — says who spoke, not what was said. The parse decides: the statement's one head outside it is
 * the subject (nsubj) of its cue, and nothing but punctuation stands between the statement and its cue: "[Turnout in
 * the cities will decide it], Roe predicted" has the speaker there, however the parse hangs the reported words (on
 * PolNeAR train two such readings were dropped, both attributions). Words with a quotation mark are never judged here: the parse makes a quoted
 * sentence before its verb the verb's subject too.
 */
final class SpeakerAsContent implements NotSpeechFilters.Filter {

    @Override
    public String name() {
        return "speaker-as-content";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        // A headline's second act ("…, Calls Plan ‘Reckless’") has the first verb's subject, whatever the parse
        // hangs on the second verb as its subject.
        if (f.verbatim || f.quoteOnly || f.cue < 0 || NotSpeechFilters.quoted(draft.text, f)
                || HeadlineSecondVerb.RULE.equals(f.rule)) {
            return false;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        int first = a.tokenAt(f.start);
        if (cue < 0 || first < 0 || !a.parsed(cue)) {
            return false;
        }
        int head = NotSpeechFilters.spanHead(a, first, f);
        // The passive subject is what a passive verb with its agent reports (rule verb-passive, PassiveContent).
        return head >= 0 && a.head(head) == cue && a.relation(head) != null
                && a.relation(head).startsWith("nsubj") && !NotSpeechFilters.letters(draft.text, f.end, f.cue)
                && !(a.relation(head).equals("nsubj:pass") && PassiveContent.RULE.equals(f.rule));
    }
}
