package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cut {@code quotation-ends-clause}: a reported statement that holds a whole quotation and runs on past its closing
 * mark into the reporter's words ends at that mark — after a comma, a clause of time or concession ("repeatedly says,
 * “Don't do it,” <i>until the door opens</i>"), a participle of the reporter's ("said things “should be settled by June,” <i>referring
 * to the convention</i>"; any participle of a speech verb of the lexicon, "insisted he had “expanded the party,”
 * <i>claiming that …</i>"), "but" and a new subject ("is promising “rail, rail, rail,” <i>but he has also …</i>") or a
 * dash opening an aside ("dismissed the port as lying at the “edge of the map” <i>— a metaphor for …</i>";
 * not a dash of a pair that closes inside the statement, after which the speaker's clause goes on),
 * or "and" or "but" and a speech verb, a second act of the speaker's whose own quotation gets its own statement
 * ("called the mayor a “relic” <i>and said “…”</i>": {@link SecondActQuotations}), or — only when the statement is
 * the quotation itself, from its opening mark — a comma and "when", "before", "after" or "because" ("said, “We will
 * see,” <i>when asked whether …</i>"), which in a mixed clause may still be the speaker's.
 * PolNeAR ends such a mixed or quoted statement at the quotation. The words are in
 * {@code src/main/resources/extract/quote-clause-ends.tsv}.
 */
final class QuotationEndsClause implements ReportedSpanBounds.Cut {

    private static final String WORDS = "/extract/quote-clause-ends.tsv";
    private static final Set<String> SUBORDINATORS = Gazetteer.words(WORDS, "subordinator");
    private static final Set<String> SUBJECTS = Gazetteer.words(WORDS, "subject");
    private static final Set<String> PARTICIPLES = Gazetteer.words(WORDS, "participle");
    private static final Set<String> AFTER_QUOTATION = Gazetteer.words(WORDS, "after-quotation");
    private static final SpeechLexicon LEXICON = SpeechLexicon.shipped();
    /** What follows the closing mark: a word after an optional comma, or a dash. */
    private static final Pattern AFTER = Pattern.compile("^\\s*(?:(,)\\s*)?(?:(\\p{L}+)(?:\\s+(\\p{L}+))?|(—|–|--))");
    /** A dash further on: the one after the closing mark then opens an aside that closes inside the statement. */
    private static final Pattern DASH = Pattern.compile("—|–|--|\\s-\\s");

    @Override
    public String name() {
        return "quotation-ends-clause";
    }

    @Override
    public int end(Draft draft, Found f) {
        String text = draft.text;
        for (Quote q : draft.quotes) {
            if (!closedInside(draft, f, q)) {
                continue;
            }
            String rest = text.substring(q.after(), f.end);
            Matcher m = AFTER.matcher(rest);
            // American style sets the comma inside the closing mark: “…,” until
            boolean comma = text.charAt(q.close() - 1) == ',';
            // A statement that opens with the quotation is the speaker's words: a clause after them is the reporter's
            boolean opens = f.start >= q.open() && f.start <= q.start();
            if (m.find() && (ends(m, comma) && !asidePair(m, text.substring(f.start, q.open()), rest)
                    && !infinitiveConjunct(draft, q, m) || opens && (comma || m.group(1) != null) && m.group(2) != null
                    && AFTER_QUOTATION.contains(m.group(2).toLowerCase(Locale.ROOT)))) {
                return q.after();
            }
        }
        return f.end;
    }

    /**
     * Whether {@code q} is a whole quotation of its own inside {@code f}, closed by a mark with words of {@code f}
     * after it: not nested, opened at or after the statement's start.
     */
    static boolean closedInside(Draft draft, Found f, Quote q) {
        return !q.nested() && q.open() >= f.start && q.after() < f.end && q.close() < draft.text.length()
                && Quotes.isMark(draft.text.charAt(q.close())) && q.open() != q.close();
    }

    /**
     * Whether the dash after the closing mark is one of a pair inside the statement: it opens an aside that closes
     * further on ("said the “plan” — his own word — is dead") or closes one opened before the quotation ("said the
     * fee — “a tax on fishermen” — would go"). The speaker's clause goes on past the aside, and PolNeAR keeps the
     * whole clause (session 22, all 840 train: of the 13 dash cuts, the 4 on a pair each lost its attribution; the
     * single dashes running on to the sentence's end stay cut).
     */
    private static boolean asidePair(Matcher m, String before, String rest) {
        return m.group(4) != null && (DASH.matcher(before).find() || DASH.matcher(rest.substring(m.end())).find());
    }

    /**
     * Whether "and" and a bare verb after a quotation opened by an infinitive's "to" go on with that infinitive
     * ({@link QuotedInfinitiveConjunct}): "to “reopen the pier” and call a vote".
     */
    private static boolean infinitiveConjunct(Draft draft, Quote q, Matcher m) {
        return m.group(4) == null && m.group(3) != null && "and".equalsIgnoreCase(m.group(2))
                && QuotedInfinitiveConjunct.continues(draft, q.open(), q.after() + m.start(3));
    }

    /**
     * Whether the words after the closing mark are the reporter's: a dash, or after a comma (inside or after the
     * mark) a subordinator, a participle of the reporter's or "but" and a new subject. Without the comma such words may still be the
     * speaker's ("called for efforts “to defend the country” while honoring the victims").
     */
    private static boolean ends(Matcher m, boolean commaInside) {
        if (m.group(4) != null || SecondActQuotations.secondAct(m.group(2), m.group(3))) {
            return true;
        }
        if (!commaInside && m.group(1) == null) {
            return false;
        }
        String word = m.group(2).toLowerCase(Locale.ROOT);
        String next = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        return SUBORDINATORS.contains(word) || PARTICIPLES.contains(word)
                || word.equals("but") && SUBJECTS.contains(next)
                || word.endsWith("ing") && LEXICON.verbForm(word) != null;
    }
}
