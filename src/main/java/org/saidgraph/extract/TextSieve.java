package org.saidgraph.extract;

import java.util.List;

/**
 * A sieve that reads one article's text with patterns. Each article is read by a fresh instance holding that
 * article's parts, so one sieve object can serve many articles at once (the extractor is shared between threads).
 */
abstract class TextSieve implements StatementSieve {

    String text;
    TextLayout layout;
    SpeakerResolver resolver;
    ArticleEntities entities;
    List<Quote> quotes;
    SpeechLexicon lexicon;
    Clauses clauses;

    @Override
    public final List<Found> find(Draft draft) {
        TextSieve s = fresh();
        s.text = draft.text;
        s.layout = draft.layout;
        s.resolver = draft.resolver;
        s.entities = draft.entities;
        s.quotes = draft.quotes;
        s.lexicon = draft.lexicon;
        s.clauses = draft.clauses;
        return s.read(draft);
    }

    /** A new instance of this sieve, for one article. */
    abstract TextSieve fresh();

    /** The statements this sieve finds in the article its fields hold. */
    abstract List<Found> read(Draft draft);
}
