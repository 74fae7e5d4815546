package org.saidgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step {@code quote-narration-piece}: "“Only the harbour board,” she said, would dare to close the pier in June." — the
 * quotation breaks off at its attribution and the sentence goes on in the reporter's words, with no subject of its own:
 * the words after the attribution continue what the quotation began, and PolNeAR annotates both pieces as one content.
 * The quotation statement takes the narration piece in as its second part; it is then no longer verbatim as a whole
 * (its text is the quotation, marks and all, then the narration, the attribution elided), so nothing the speaker did
 * not say stands between quotation marks.
 *
 * <p>Only when the piece continues the sentence without a clause of its own: its first word, right after the
 * attribution's comma, is a present-tense verb or a modal ("would dare", "wind up") or the complementizer "that" ("he
 * said, that both …"). A participle (", adding …", ", referring to …"), a preposition or subordinator (", according to
 * …", ", as …", ", when …"), an article (", a swipe at …") or a conjunction (", but …") opens the reporter's own aside.
 * On all of PolNeAR {@code train}, of 186 lower-case pieces after "“…,” X said/told/added/wrote …," the gold joins 13
 * to the quotation: those opened by "that", a modal or a present-tense verb 5 of 5, the others 8 of 181. The speaker
 * is named before the verb ("said Jane Roe, angered that …" goes on about her) and the attribution is the statement's
 * own cue and its words up to the comma — no sentence end, no quotation mark; the piece runs to its sentence's end,
 * and is not taken when another statement overlaps it.
 */
final class NarrationPieces {

    static final String RULE = "quote-narration-piece";

    /** The closing mark, the attribution (no sentence end, no quotation mark, no comma), its comma. */
    private static final Pattern ATTRIBUTION = Pattern.compile("^(?:''|[\"”’'])\\h+[^.!?\"“”,\\n]{1,80}?,\\h+");

    /**
     * Tags of a present-tense verb or a modal: the piece goes on with the quotation's clause, sharing its subject. Not
     * VBD: after an attribution the tagger reads a participle as a past tense (", asked about the delay", ", angered
     * that …"), which opens the reporter's own aside.
     */
    private static final Set<String> FINITE = Set.of("MD", "VBZ", "VBP");

    private NarrationPieces() {
    }

    /** Replaces each quotation statement so continued by the statement of the quotation and its narration piece. */
    static void apply(Draft d, List<Found> statements) {
        for (int i = 0; i < statements.size(); i++) {
            Found q = statements.get(i);
            Found joined = q.verbatim && q.parts.size() <= 1 && q.cue > q.end ? join(d, statements, q) : null;
            if (joined != null) {
                statements.set(i, joined);
            }
        }
    }

    private static Found join(Draft d, List<Found> statements, Found q) {
        String text = d.text;
        Quote quote = null;
        for (Quote c : d.quotes) {
            if (c.start() == q.start && c.end() == q.end && !c.nested()) {
                quote = c;
            }
        }
        if (quote == null || !text.substring(quote.start(), quote.end()).stripTrailing().endsWith(",")) {
            return null;
        }
        Matcher m = ATTRIBUTION.matcher(text).region(quote.close(), Math.min(text.length(), quote.close() + 120));
        if (!m.lookingAt() || q.cueEnd > m.end() || q.sourceStart < quote.after() || q.sourceEnd > q.cue) {
            return null;
        }
        int from = m.end();
        if (!continues(d.analysis, from)) {
            return null;
        }
        TextLayout.Range sentence = d.layout.sentenceAt(from);
        int to = sentence.end();
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ".!?".indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        int end = to;
        if (end <= from || statements.stream().anyMatch(o -> o != q && o.start < end && from < o.end)) {
            return null;
        }
        Found j = Found.of(quote.open(), end, false, q.speaker, q.act, RULE, q.confidence).cue(q.cue, q.cueEnd);
        j.medium = q.medium;
        j.sourceStart = q.sourceStart;
        j.sourceEnd = q.sourceEnd;
        j.reportedBy.addAll(q.reportedBy);
        j.addressedTo.addAll(q.addressedTo);
        j.keptApartBy = q.keptApartBy;
        j.parts.add(new int[]{quote.open(), quote.after()});
        j.parts.add(new int[]{from, end});
        return j;
    }

    /** Whether the word at {@code offset} goes on with the quotation's clause: lower case, a finite verb or "that". */
    private static boolean continues(Analysis a, int offset) {
        int t = a.tokenAt(offset);
        if (t < 0 || a.token(t).start() != offset) {
            return false;
        }
        Analysis.Token token = a.token(t);
        if (token.word().isEmpty() || !Character.isLowerCase(token.word().charAt(0))) {
            return false;
        }
        return FINITE.contains(token.tag()) || token.word().equals("that") && token.tag().equals("IN");
    }
}
