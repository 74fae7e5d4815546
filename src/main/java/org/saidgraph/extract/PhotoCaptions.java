package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Rule {@code photo-caption}: a paragraph labelled as a photo caption ("Pictured: The minister speaks to reporters
 * outside parliament on Tuesday.", "PHOTO: A council member addresses the chamber before the vote.") tells what a
 * picture shows; a verb of speaking in it names an occasion, not words said, so no statement is read there. The
 * labels are the data file {@code caption-labels.tsv}; the label must be followed by a colon, so that narration
 * opening with the same word ("Photos showed the crowd …") is not judged.
 */
final class PhotoCaptions implements NotSpeechFilters.Filter {

    private static final Set<String> LABELS = Gazetteer.words("/extract/caption-labels.tsv");

    @Override
    public String name() {
        return "photo-caption";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        TextLayout.Range p = draft.layout.paragraphAt(f.cue >= 0 ? f.cue : f.start);
        String paragraph = draft.text.substring(p.start(), p.end()).strip();
        int colon = paragraph.indexOf(':');
        return colon > 0 && LABELS.contains(paragraph.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }
}
