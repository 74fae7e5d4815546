package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule {@code offered-thing}: "offer" whose object names a chance, a view or a place given rather than words — "the
 * new ferry offers [a window into island life]", "the open seat offered [a rare opportunity]", "offering the mayor
 * [a speaking slot]", "offered [an olive branch to the council]", "the debate offered [a sharp contrast with …]" —
 * gives something; nothing said follows. What is offered as words ("offered his condolences", "offered a defense
 * of …", "offered few specifics") stays: only the head nouns of {@code not-speech-senses.tsv} (shape
 * {@code offered-thing}) are judged, and only as the verb's own object, in a statement that opens no later than that
 * object and holds no quotation.
 */
final class OfferedThing implements NotSpeechFilters.Filter {

    static final Set<String> VERBS = Gazetteer.words("/extract/not-speech-senses.tsv", "offering-verb");
    static final Set<String> NOUNS = Gazetteer.words("/extract/not-speech-senses.tsv", "offered-thing");

    @Override
    public String name() {
        return "offered-thing";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        int cue = NotSpeechFilters.cueBefore(draft, f, VERBS);
        if (cue < 0) {
            return false;
        }
        Analysis a = draft.analysis;
        for (int i = a.tokenAt(f.start); i >= 0 && i < a.tokens().size() && a.token(i).start() < f.end; i++) {
            if (a.parsed(i) && a.head(i) == cue && "obj".equals(a.relation(i))) {
                return NOUNS.contains(a.token(i).lowerLemma()) && a.subtree(i)[0] >= a.tokenAt(f.start);
            }
        }
        return false;
    }
}
