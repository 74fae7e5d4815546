package org.saidgraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule {@code section-head-label}: a labelled paragraph of a few words without quotation marks — "Roe: Now or never."
 * between paragraphs of narration — is the heading of a section about that person (what they need, where they
 * stand), not words they said; a transcript's turns follow one another, each with its label ("ROE: Why not?" then
 * "DOE: …"). Judged: a {@code speaker-label} statement outside the headline, of at most {@value #SHORT} words, with no
 * quotation mark, whose next paragraph does not open with a label of its own. On PolNeAR train every such statement
 * (7) found no attribution.
 */
final class SectionHeadLabels implements NotSpeechFilters.Filter {

    static final int SHORT = 5;
    /** A paragraph that opens with a label and a colon, as {@link SpeakerLabelSieve} reads one. */
    private static final Pattern LABEL = Pattern.compile("^[\"“]?\\s*\\p{Lu}[\\p{L}.'’\\- ]{1,40}?:\\s");

    @Override
    public String name() {
        return "section-head-label";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        if (!"speaker-label".equals(f.rule) || f.verbatim || NotSpeechFilters.quoted(draft.text, f)
                || StatementFeatures.words(draft.text, f.start, f.end) > SHORT) {
            return false;
        }
        List<TextLayout.Range> paragraphs = draft.layout.paragraphs();
        int p = draft.layout.paragraphIndex(f.start);
        if (p <= 0) {
            return false;
        }
        return p + 1 >= paragraphs.size() || !LABEL.matcher(draft.text.substring(paragraphs.get(p + 1).start(),
                paragraphs.get(p + 1).end())).find();
    }
}
