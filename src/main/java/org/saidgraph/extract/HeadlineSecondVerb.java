package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * A headline's second predicate after a comma: "Mayor Says Fares Will Rise<i>, Calls Plan ‘Reckless’</i>", "Roe hints
 * at a shakeup<i>, then takes it back</i>", "Roe declares ‘victory,’ <i>ignores losses</i>". Headlines join two acts
 * of one subject with a bare comma, where a sentence of the story would write "and"; the parser reads the second verb
 * as the first one's complement, as a clause it reports, or (title case: "Calls/NNS Plan/VBP") as a noun with a verb
 * of its own, so the first verb's words ran on over the second act and the second was lost or misread. On PolNeAR
 * train every headline of this shape ends the first content at the comma and annotates the second verb apart, with
 * the first verb's subject (docs/extraction.md, session 33).
 * <ul>
 * <li>step {@code headline-second-verb-end} ({@link #firstContent}): a content after the first verb ends before the
 * comma; a content that starts only after it is the second act's, not the first verb's;</li>
 * <li>rule {@code headline-second-verb} ({@link #object}): a second verb of the speech lexicon says the rest of the
 * headline, up to a third such verb, with the subject of the headline's first verb.</li>
 * </ul>
 * Only in the headline (the first paragraph of a text of two or more), and only when both verbs show the headline's
 * present "-s" form: the first tagged so, the second tagged so or, in title case, as a noun whose "-s" form is a
 * speech verb's and that no speech verb follows ("…, Officials Say" keeps "Officials" a noun).
 */
final class HeadlineSecondVerb {

    static final String RULE = "headline-second-verb";

    /** Adverbs that may stand between the comma and the second verb: "…, then takes it back". */
    private static final Set<String> BETWEEN = Set.of("then", "also", "now", "later", "again", "still");
    /** "Say" in any case and tag: a title-case headline's "…, Reports Say …" may tag it a proper noun. */
    private static final Set<String> SAY = Set.of("say", "says", "said");
    /** A preposition the second verb takes is the cue's ("Hints At …", "Warns Of …"), not the content's. */
    private static final Set<String> PARTICLES = Set.of("at", "for", "of", "about", "against");

    private final Analysis analysis;
    private final TextLayout layout;
    private final SpeechLexicon lexicon;
    private final SpeakerResolver resolver;

    HeadlineSecondVerb(Draft draft) {
        this.analysis = draft.analysis;
        this.layout = draft.layout;
        this.lexicon = draft.lexicon;
        this.resolver = draft.resolver;
    }

    /**
     * The content of the verb at {@code cue} (token range and kind, as {@link VerbCueSieve} reads it) ended before the
     * comma of a second predicate; null when the content lies wholly after that comma (it is the second act's); the
     * content itself when the cue is no headline verb or no second predicate follows it.
     */
    int[] firstContent(int cue, int[] content) {
        if (content == null || content[0] <= cue || !firstVerb(cue)) {
            return content;
        }
        int comma = secondComma(cue + 1, content[1]);
        if (comma < 0) {
            return content;
        }
        if (comma - 1 < content[0]) {
            return null;
        }
        int[] ended = content.clone();
        ended[1] = comma - 1;
        return ended;
    }

    /**
     * When the token at {@code i} is a speech verb that opens a headline's second predicate: the token range of what
     * it says (the rest of the headline, without a preposition of the verb and a closing full stop, up to the next
     * second predicate) and, last, the headline's first verb, whose subject is this one's. Otherwise null.
     */
    int[] object(int i) {
        if (verb(analysis.token(i)) == null) {
            return null;
        }
        int comma = commaBefore(i);
        if (comma < 0 || second(comma) != i) {
            return null;
        }
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(i));
        int first = -1;
        for (int v = s.first(); v < comma && first < 0; v++) {
            if (firstVerb(v)) {
                first = v;
            }
        }
        if (first < 0) {
            return null;
        }
        int start = i + 1;
        int last = s.end() - 1;
        while (last > i && !layout.inHeadline(analysis.token(last).start())) {
            last--;
        }
        int next = secondComma(start, last);
        if (next >= 0) {
            last = next - 1;
        }
        if (last > start && analysis.token(last).word().equals(".")) {
            last--;
        }
        if (start < last && PARTICLES.contains(analysis.token(start).word().toLowerCase(Locale.ROOT))) {
            start++;
        }
        return start <= last ? new int[]{start, last, first} : null;
    }

    /**
     * Cut {@code headline-second-predicate}: the same end for a statement another sieve read from the headline's
     * first verb ("Roe hints at a shakeup, then takes it back" read by its pattern): it ends before the comma.
     */
    static final class End implements ReportedSpanBounds.Cut {

        @Override
        public String name() {
            return "headline-second-predicate";
        }

        @Override
        public int end(Draft draft, Found f) {
            Analysis a = draft.analysis;
            int cue = f.cue < 0 ? -1 : a.tokenAt(f.cue);
            int first = a.tokenAt(f.start);
            int last = a.tokenAt(f.end - 1);
            HeadlineSecondVerb h = new HeadlineSecondVerb(draft);
            if (cue < 0 || first <= cue || last < 0 || !h.firstVerb(cue)) {
                return f.end;
            }
            int comma = h.secondComma(first, last);
            return comma > first ? ReportedSpanBounds.before(draft, comma, f.start) : f.end;
        }
    }

    /** The speech verb the token is, or shows in its "-s" form though tagged a noun ("Calls/NNS"), or null. */
    SpeechLexicon.Verb verb(Analysis.Token t) {
        if (t.tag().startsWith("VB")) {
            return lexicon.verb(t.lemma());
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!t.tag().startsWith("NN") || !w.endsWith("s")) {
            return null;
        }
        SpeechLexicon.Verb v = lexicon.verb(w.substring(0, w.length() - 1));
        if (v == null && w.endsWith("es")) {
            v = lexicon.verb(w.substring(0, w.length() - 2));
        }
        if (v == null && w.endsWith("ies")) {
            v = lexicon.verb(w.substring(0, w.length() - 3) + "y");
        }
        return v;
    }

    /** Whether the token at {@code v} is a headline's finite "-s" verb, outside quotation marks. */
    private boolean firstVerb(int v) {
        Analysis.Token t = analysis.token(v);
        return t.tag().equals("VBZ") && layout.inHeadline(t.start()) && !resolver.insideQuote(t.start());
    }

    /** The first comma in tokens {@code from}..{@code to} that a second predicate follows, or -1. */
    private int secondComma(int from, int to) {
        for (int k = from; k <= to && k < analysis.tokens().size(); k++) {
            if (analysis.token(k).word().equals(",") && second(k) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The comma before the verb at {@code i}, past closing quotation marks and the adverbs of BETWEEN, or -1. */
    private int commaBefore(int i) {
        int j = i - 1;
        while (j >= 0 && BETWEEN.contains(analysis.token(j).word().toLowerCase(Locale.ROOT))) {
            j--;
        }
        while (j >= 0 && Quotes.isMark(analysis.token(j))) {
            j--;
        }
        return j >= 0 && analysis.token(j).word().equals(",") ? j : -1;
    }

    /**
     * The verb of the second predicate that the comma at {@code comma} opens in the headline, or -1: after closing
     * quotation marks and an adverb of BETWEEN, a word tagged "VBZ" or a speech verb's "-s" form tagged a noun, with
     * no speech verb after it; not inside a quotation.
     */
    private int second(int comma) {
        Analysis.Token c = analysis.token(comma);
        if (!layout.inHeadline(c.start())) {
            return -1;
        }
        int s = analysis.sentenceOf(comma);
        int j = comma + 1;
        while (j < analysis.tokens().size() && Quotes.isMark(analysis.token(j)) && analysis.sentenceOf(j) == s) {
            j++;
        }
        while (j < analysis.tokens().size() && BETWEEN.contains(analysis.token(j).word().toLowerCase(Locale.ROOT))) {
            j++;
        }
        if (j >= analysis.tokens().size() || analysis.sentenceOf(j) != s) {
            return -1;
        }
        Analysis.Token w = analysis.token(j);
        if (!layout.inHeadline(w.start()) || resolver.insideQuote(w.start())) {
            return -1;
        }
        if (!w.tag().equals("VBZ") && verb(w) == null) {
            return -1;
        }
        // "…, Reports Say Otherwise": a speech verb right after the word makes it that verb's subject, a noun.
        Analysis.Token after = j + 1 < analysis.tokens().size() ? analysis.token(j + 1) : null;
        boolean spoken = after != null && (after.tag().startsWith("VB") && lexicon.verb(after.lemma()) != null
                || SAY.contains(after.word().toLowerCase(Locale.ROOT)));
        return spoken ? -1 : j;
    }
}
