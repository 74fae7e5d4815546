package org.saidgraph.extract;

import java.util.Set;

/**
 * Rule {@code offered-thing}: "offer" whose object names a chance, a view or a place given rather than words — "the
 * new ferry offers [a window into island life]", "the open seat offered [a rare opportunity]", "offering the mayor
 * [a speaking slot]", "offered [an olive branch to council members]", "the debate offered [a sharp contrast with …]" —
 * gives something; nothing said follows. What is offered as words ("offered his condolences", "offered a defense
 * of …", "offered few specifics") stays: only the head nouns of {@code not-speech-senses.tsv} (shape
 * {@code offered-thing}) are judged, and only as the verb's own object, in a statement that holds it and opens no
 * later than its phrase (perhaps with the hearer: "offering [the mayor a slot]") and holds no quotation
 * ({@link TakenObjects#object(Draft, Found, Set, boolean)}).
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
        int o = TakenObjects.object(draft, f, VERBS, true);
        return o >= 0 && NOUNS.contains(draft.analysis.token(o).lowerLemma());
    }
}
