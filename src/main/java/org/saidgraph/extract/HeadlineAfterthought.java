package org.saidgraph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cut {@code headline-afterthought}: in the headline (the first paragraph), a verb's object or clause ends before a
 * dash set off by spaces or a comma and "but" — "Roe Just Revealed Her Pick For Treasurer <i>– It May Surprise
 * You</i>", "Roe endorses Doe <i>- but keeps her distance</i>", "Roe May Not Have Backed The Levy<i>, But She Voted
 * For It</i>": what follows is the headline writer's teaser or second thought, not the words of the verb before it.
 * On PolNeAR train the headline contents that meet such a dash end before it 10 times and run across it twice (a
 * label's quotation, and a quotation opening right after the dash, which stays); before ", but" they end twice and
 * never run across (docs/extraction.md, session 33). Only for the rules that read a verb's object or clause after the
 * verb, as {@link HeadlineCircumstance}; a headline's label ("Roe: …") is its speaker's words to the end.
 */
final class HeadlineAfterthought implements ReportedSpanBounds.Cut {

    private static final Set<String> RULES = Set.of("verb-complement", "verb-object", "pattern-verb", "verb-around",
            "verb-rest", PatternVerbSieve.HEADLINE_VERB, HeadlineSecondVerb.RULE);
    /** A dash between spaces not followed by a quotation mark, or a comma and "but". */
    private static final Pattern AFTERTHOUGHT = Pattern.compile("\\s(?:–|—|--|-)\\s+(?![\"“‘'])|,\\s+but\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "headline-afterthought";
    }

    @Override
    public int end(Draft draft, Found f) {
        if (!RULES.contains(f.rule) || !draft.layout.inHeadline(f.start) || f.cue < 0 || f.cue >= f.start) {
            return f.end;
        }
        Matcher m = AFTERTHOUGHT.matcher(draft.text).region(f.start, f.end);
        return m.find() ? m.start() : f.end;
    }
}
