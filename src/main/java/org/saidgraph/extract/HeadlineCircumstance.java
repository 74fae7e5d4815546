package org.saidgraph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cut {@code headline-circumstance}: in the headline (the first paragraph), a verb's object or clause ends before a
 * circumstance the headline hangs on it — "Roe Blasts Doe <i>Over Port Plan</i>", "Roe defends budget <i>despite
 * delays</i>", "Roe Backs Doe <i>Amid Feud</i>", "Roe slams plan <i>after vote</i>": PolNeAR's annotators end a
 * headline's content there (on train, 9 of the 11 headline contents that meet one of these words stop before it),
 * while in the body they keep such phrases as often as not (the removed cut {@code trailing-adverbial}). Only for
 * the rules that read a verb's object or clause; a headline's label ("Roe: …") is its speaker's words to the end.
 */
final class HeadlineCircumstance implements ReportedSpanBounds.Cut {

    private static final Set<String> RULES = Set.of("verb-complement", "verb-object", "pattern-verb",
            PatternVerbSieve.HEADLINE_VERB);
    private static final Pattern CIRCUMSTANCE = Pattern.compile("\\s(?:over|despite|amid|after)\\s",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "headline-circumstance";
    }

    @Override
    public int end(Draft draft, Found f) {
        if (!RULES.contains(f.rule) || draft.layout.paragraphs().isEmpty()
                || f.start >= draft.layout.paragraphs().get(0).end()) {
            return f.end;
        }
        Matcher m = CIRCUMSTANCE.matcher(draft.text).region(f.start, f.end);
        return m.find() ? m.start() : f.end;
    }
}
