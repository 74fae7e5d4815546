package org.saidgraph.extract;

import java.util.List;

/**
 * The attribution right after a quotation, read from the parse where the mention rules ({@link
 * QuoteSieves.AttributionAfter}) find no subject: a description no entity stands for, or one with a prepositional
 * phrase or a relative clause ("“…?” a narrator in the new ad asks.", "“…,” the paper's editorial board writes.",
 * "“…,” wrote a supporter who runs the account."). A verb of the speech lexicon whose subject phrase opens right after
 * the closing mark (only adverbs or auxiliaries between the phrase and the verb), or a verb right after the mark with
 * its subject after it, attributes the quotation to what {@link Sources} makes of that subject: the person a
 * description fits, else a speaker of its own named by it (rule {@value #RULE}). Without it such a quotation fell to
 * the speaker of the quotation before or the last speaker of the article.
 */
final class ParsedAttributionAfter implements QuoteSieves.QuoteSieve {

    static final String RULE = "quote-after-parse";

    /** Tokens after the closing mark within which the attribution's verb must stand. */
    private static final int REACH = 15;

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        Quote q = c.quote();
        String text = d.text;
        int from = q.after();
        if (from >= text.length() || QuoteSentenceSubject.endsSentence(text, q) || midSentence(text, q.open())
                || TitleQuotes.titleCase(q.text(text))) {
            return null; // a title inside the reporter's sentence ("an interview on “Face the Nation,” Roe said …")
        }
        int p = from;
        while (p < text.length() && (Character.isWhitespace(text.charAt(p)) || ",;:—–-".indexOf(text.charAt(p)) >= 0)) {
            p++;
        }
        TextLayout.Range paragraph = d.layout.paragraphAt(q.start());
        Analysis a = d.analysis;
        int first = a.tokenAt(p);
        if (p >= paragraph.end() || first < 0 || a.token(first).start() != p || !a.parsed(first)
                || !Character.isLetter(text.charAt(p))) {
            return null;
        }
        Analysis.Sentence sentence = a.sentences().get(a.sentenceOf(first));
        for (int v = first; v < sentence.end() && v < first + REACH; v++) {
            Analysis.Token t = a.token(v);
            if (isDoubleMark(t.word())) {
                return null; // the next quotation: no attribution of this one's own before it
            }
            if (!t.isVerb() || d.lexicon.verb(t.lowerLemma()) == null
                    || d.resolver.insideQuote(t.start())) {
                continue;
            }
            // A word of the quotation is never the subject of the verb that attributes it: the parse may hang one on
            // that verb ("“Oh, my word,” a tall man cried" with "word" a second subject of "cried").
            List<Integer> subjects = a.children(v, "nsubj").stream().filter(s -> a.token(s).start() >= q.after())
                    .toList();
            if (subjects.isEmpty() && v == first) {
                // "“…,” said a deckhand close to the family.": the parse may read the subject after the verb as its
                // object; right after the quotation, with nothing of its own before it, it is who said it.
                int verb = v;
                subjects = a.children(v, "obj").stream().filter(o -> o > verb).toList();
            }
            if (subjects.isEmpty()) {
                return null;
            }
            int s = subjects.get(0);
            int[] phrase = a.subtree(s);
            boolean before = s < v && phrase[0] == first && adverbsOnly(a, phrase[1] + 1, v);
            boolean inverted = v == first && s > v;
            if (!before && !inverted) {
                return null;
            }
            Sources.Source source = d.sources.of(s, v);
            if (source == null || source.speaker() == null) {
                return null;
            }
            Found f = c.statement(RULE);
            f.speaker = source.speaker();
            f.cue(t.start(), t.end());
            f.sourceStart = source.start();
            f.sourceEnd = source.end();
            f.act = d.clauses.actOf(t.word());
            f.confidence = Math.min(0.8, source.confidence());
            return QuoteSieves.Decision.speaks(f);
        }
        return null;
    }

    /** Whether a word of the reporter's sentence stands right before the opening mark ("on “…”", "the “…”"). */
    private static boolean midSentence(String text, int open) {
        int i = open - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    }

    /** Whether the tokens from {@code lo} to before {@code hi} are only adverbs or auxiliaries ("also", "has"). */
    private static boolean adverbsOnly(Analysis a, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            String rel = a.relation(i);
            if (rel == null || !(rel.startsWith("advmod") || rel.startsWith("aux"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDoubleMark(String word) {
        return word.equals("\"") || word.equals("``") || word.equals("''") || word.equals("“") || word.equals("”");
    }
}
