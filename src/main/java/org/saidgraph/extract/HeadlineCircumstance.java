package org.saidgraph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cut {@code headline-circumstance}: in the headline (the first paragraph), a verb's object or clause ends before a
 * circumstance the headline hangs on it — "Roe Blasts Doe <i>Over Port Plan</i>", "Roe defends budget <i>despite
 * delays</i>", "Roe Backs Doe <i>Amid Feud</i>", "Roe slams plan <i>after vote</i>": the circumstance is the
 * headline writer's. PolNeAR train's headline contents after a verb cue stop before one of these words 9 times and
 * run across one 9 times, but those 9 are mostly on cues no rule here reads ("swipes at … over", "rips … over"); on
 * the statements the extraction makes, the cut finds more than it loses (docs/extraction.md, session 31). In the body
 * the annotators keep such phrases as often as not (the removed cut {@code trailing-adverbial}). Only for the rules
 * that read a verb's object or clause; a headline's label ("Roe: …") is its speaker's words to the end.
 */
final class HeadlineCircumstance implements ReportedSpanBounds.Cut {

    private static final Set<String> RULES = Set.of("verb-complement", "verb-object", "pattern-verb",
            PatternVerbSieve.HEADLINE_VERB, HeadlineSecondVerb.RULE);
    private static final Pattern CIRCUMSTANCE = Pattern.compile("\\s(?:over|despite|amid|after)\\s",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "headline-circumstance";
    }

    @Override
    public int end(Draft draft, Found f) {
        if (!RULES.contains(f.rule) || !draft.layout.inHeadline(f.start)) {
            return f.end;
        }
        Matcher m = CIRCUMSTANCE.matcher(draft.text).region(f.start, f.end);
        return m.find() ? m.start() : f.end;
    }
}
