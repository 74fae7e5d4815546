package org.saidgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rule {@code editorial-note}: a paragraph that opens as the newsroom's note about its own story — "Correction: An
 * earlier version of this article misstated the year …", "This story has been updated to note that Jo Roe posted …"
 * — speaks, in that first sentence, of the story's text, not of anyone's words: a speech verb in it ("misstated",
 * "reported", "said", "posted") makes no statement, and its subject ("An earlier version") is no speaker. Judged on
 * the sentence where the statement's cue stands (its words, when it has no cue); the openings are the data file
 * {@code editorial-notes.tsv}, after a live blog's timestamp ("1:55 p.m. — Correction: …"). A sentence after the
 * first may report what someone said, as any narration does, and is not judged; nor is a live blog's "Update:" item.
 */
final class EditorialNotes implements NotSpeechFilters.Filter {

    private static final List<String> OPENINGS = Gazetteer.rows("/extract/editorial-notes.tsv").stream()
            .map(r -> r[0].strip().toLowerCase(Locale.ROOT)).toList();
    /** A live blog's timestamp opening an item: "1:55 p.m. — Correction: …". */
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{1,2}[:.]\\d{2}[^—–\\-\\n]{0,12}(?:--|[—–\\-―])\\s*");

    @Override
    public String name() {
        return "editorial-note";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        int at = f.cue >= 0 ? f.cue : f.start;
        TextLayout.Range p = draft.layout.paragraphAt(at);
        return draft.layout.sentenceAt(at).start() == p.start() && note(draft.text.substring(p.start(), p.end()));
    }

    /** Whether a paragraph's text opens as a newsroom's note, after a live blog's timestamp if it has one. */
    static boolean note(String paragraph) {
        String head = TIMESTAMP.matcher(paragraph.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
        return OPENINGS.stream().anyMatch(head::startsWith);
    }
}
