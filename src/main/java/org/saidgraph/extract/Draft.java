package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One article while it is being read: its text, layout, parse, quotations and entities, and the statements the
 * sieves have found so far. Each sieve reads it and adds only what no earlier sieve found.
 */
final class Draft {

    final String text;
    final TextLayout layout;
    final Analysis analysis;
    final List<Quote> quotes;
    final ArticleEntities entities;
    final SpeakerResolver resolver;
    final Sources sources;
    final SpeechLexicon lexicon;
    final Clauses clauses;
    /** Reported statements (and attributions of single quotations, {@link Found#quoteOnly}) in the order found. */
    final List<Found> statements = new ArrayList<>();

    Draft(String text, TextLayout layout, Analysis analysis, List<Quote> quotes, ArticleEntities entities,
          SpeakerResolver resolver, Sources sources, SpeechLexicon lexicon) {
        this.text = text;
        this.layout = layout;
        this.analysis = analysis;
        this.quotes = quotes;
        this.entities = entities;
        this.resolver = resolver;
        this.sources = sources;
        this.lexicon = lexicon;
        this.clauses = new Clauses(text, layout, resolver, lexicon);
    }

    /** Whether an earlier sieve already made a statement from the cue at {@code cue}. */
    boolean cueTaken(int cue) {
        return statements.stream().anyMatch(f -> f.cue == cue);
    }

    /** The last speaker of a statement that begins before {@code position}, or null. */
    String lastSpeakerBefore(int position) {
        Found last = null;
        for (Found f : statements) {
            if (f.start < position && f.speaker != null && (last == null || f.start > last.start)) {
                last = f;
            }
        }
        return last == null ? null : last.speaker;
    }
}
