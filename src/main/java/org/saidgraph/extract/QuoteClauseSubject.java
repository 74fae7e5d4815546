package org.saidgraph.extract;

import java.util.List;

/**
 * Rule {@value #RULE}: a quotation inside a sentence of narration that no earlier rule attributed is said by the
 * subject of the clause that holds it, whatever that subject is — a pronoun, a description or a name the tagger
 * missed ("She vowed on her site to “defend the law”", "the tabloid ran a cover saying “…”", "one lawmaker called him
 * “…”"), not by the last speaker named before it. The clause is read from the parse: from the quotation's words up
 * to the first word outside it, then up through its heads to the nearest verb or noun with a nominal subject before
 * the quotation. Only quotations with words of the sentence before them (not one that opens its sentence), in a
 * parsed sentence. On PolNeAR train the last-speaker guess for this shape was right on fewer than one in three
 * speakers.
 */
final class QuoteClauseSubject implements QuoteSieves.QuoteSieve {

    static final String RULE = "quote-clause-subject";

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        Quote q = c.quote();
        Analysis a = d.analysis;
        TextLayout.Range sentence = d.layout.sentenceAt(q.open());
        int from = Math.max(sentence.start(), d.layout.paragraphAt(q.open()).start());
        if (from >= q.open() || d.text.substring(from, q.open()).isBlank()) {
            return null;
        }
        int governor = governor(a, q);
        if (governor < 0) {
            return null;
        }
        boolean verbPassed = false;
        for (int v = governor, guard = 0; v >= 0 && guard < 40; v = a.head(v), guard++) {
            if (a.token(v).start() >= q.open() && a.token(v).end() <= q.after()) {
                return null;
            }
            // "her comment that “…”", "Roe's claim that he “never …”": the possessor of the noun the quotation
            // hangs on speaks.
            if (!verbPassed) {
                Sources.Source owner = possessor(d, v, q.open(), from);
                if (owner != null) {
                    return said(c, owner);
                }
            }
            verbPassed |= a.token(v).isVerb();
            int subject = subjectBefore(a, v, q.open(), from);
            if (subject >= 0) {
                if (d.resolver.insideQuote(a.token(subject).start())) {
                    return null;
                }
                Sources.Source source = d.sources.of(subject, v);
                return source == null || source.speaker() == null ? null : said(c, source);
            }
        }
        return null;
    }

    /** The first word outside the quotation that one of its words hangs on, or -1 (the quotation holds the root). */
    private static int governor(Analysis a, Quote q) {
        int first = a.tokenAt(q.start());
        if (first < 0 || !a.parsed(first)) {
            return -1;
        }
        for (int i = first; i < a.tokens().size() && a.token(i).start() < q.end(); i++) {
            int h = a.head(i);
            if (h >= 0 && (a.token(h).end() <= q.open() || a.token(h).start() >= q.after())) {
                return a.token(h).end() <= q.open() ? h : -1;
            }
        }
        return -1;
    }

    private static QuoteSieves.Decision said(QuoteSieves.Context c, Sources.Source source) {
        Found f = c.statement(RULE);
        f.speaker = source.speaker();
        f.sourceStart = source.start();
        f.sourceEnd = source.end();
        f.confidence = Math.min(0.4, source.confidence());
        return QuoteSieves.Decision.speaks(f);
    }

    /** Who the possessor ("her", "Roe's") of the noun {@code v} before the quotation is, or null. */
    private static Sources.Source possessor(Draft d, int v, int open, int floor) {
        Analysis a = d.analysis;
        if (!a.token(v).tag().startsWith("NN")) {
            return null;
        }
        for (int s : a.children(v, "nmod:poss")) {
            Analysis.Token t = a.token(s);
            if (t.end() > open || t.start() < floor || d.resolver.insideQuote(t.start())) {
                continue;
            }
            if (t.tag().equals("PRP$")) {
                String id = d.sources.pronoun(t.word().toLowerCase(java.util.Locale.ROOT), s);
                return id == null ? null : new Sources.Source(id, 0.4, t.start(), t.end());
            }
            Sources.Source source = d.sources.of(s, v);
            return source == null || source.speaker() == null ? null : source;
        }
        return null;
    }

    /** The nominal subject of {@code v} standing between {@code floor} and the quotation, or -1. */
    private static int subjectBefore(Analysis a, int v, int open, int floor) {
        for (String rel : List.of("nsubj", "nsubj:pass")) {
            for (int s : a.children(v, rel)) {
                if (a.token(s).end() <= open && a.token(s).start() >= floor) {
                    return s;
                }
            }
        }
        return -1;
    }
}
