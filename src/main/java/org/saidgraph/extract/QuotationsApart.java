package org.saidgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two quotations of one paragraph by the same speaker are one statement when only their attribution stands between
 * them ("“A,” she said, “B.”" and "“A,” she said. “B.”"), as PolNeAR annotates them; these rules keep them apart where
 * its annotators kept two attributions. Measured on every eighth PolNeAR {@code train} article (pairs of quotations
 * of at least three words in one paragraph, scored as {@code evaluate} scores them): joined, the pairs whose words
 * between hold a second speech cue (21 pairs) found 8 gold attributions; kept apart, 31.
 * <ul>
 *   <li>{@code quote-apart-second-cue}: the words between hold a second speech cue, a new act of speech: "“A,” she
 *   said, adding, “B.”", "“A,” he said. Asked about the vote, he said, “B.”"</li>
 *   <li>{@code quote-apart-narration}: the words between run over more than one sentence, the attribution's and a
 *   sentence of the reporter's: "“A,” she said. The vote is on Monday. “B.”"</li>
 *   <li>{@code quote-apart-fragment}: the second quotation opens in lower case right after a word of the reporter's
 *   clause that runs on from the attribution, a fragment of that clause: "“A,” said Jane Roe, who thinks the board
 *   “has lost its nerve.”", "“A,” she said, meaning that he is “too slow to act.”"</li>
 * </ul>
 */
final class QuotationsApart {

    static final String SECOND_CUE = "quote-apart-second-cue";
    static final String NARRATION = "quote-apart-narration";
    static final String FRAGMENT = "quote-apart-fragment";

    /**
     * The last word before the second quotation's mark, with nothing but spaces between them: a fragment set in the
     * reporter's clause ("who thinks the board “has lost …”").
     */
    private static final Pattern FRAGMENT_OPENING = Pattern.compile("(\\p{L}[\\p{L}'’]*)\\s+$");

    /**
     * A sentence ending between the two quotations: the fragment opens a sentence of its own ("… the report. It
     * “amounts to …”").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[.!?]['\"”’)]*\\s");

    /**
     * A verb in a relative clause describing the speaker (", said Roe, a lawyer who has long challenged the mine,")
     * says what the speaker does, not a second act of speech about these words: PolNeAR joins such pieces.
     */
    private static final Pattern IN_RELATIVE_CLAUSE = Pattern.compile(
            ",\\s+(?:[^,.;:!?]*\\s)?(?:who|which|whose)\\s[^,.;:!?]*$", Pattern.CASE_INSENSITIVE);

    /**
     * The speaker's next act after the attribution, ", going on to contrast …", ", then turned to …": the words after
     * it are a new act of speech even when its verb is not in the lexicon. The word after it must be a verb (see
     * {@link #nextAct}).
     */
    private static final Pattern NEXT_ACT = Pattern.compile(",\\s+(?:going on to|then)\\s+(\\p{Ll}{3,})");

    /**
     * The period of an abbreviation or initial in a description of the speaker ("a former aide to Mr. Doe who has
     * argued …", "Jane Q. Roe of Ohio, who wrote to the board …") ends no clause.
     */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "\\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|St|[A-Z])\\.(?=[\\s\\p{L},'’])");

    /**
     * The circumstance of the same act after the attribution, up to the end of its sentence or a comma: ", speaking
     * on the condition of anonymity to discuss …", ", speaking to CNN", ", according to the Post". Its verbs (speak,
     * discuss, according to) are no second act of speech. On all of PolNeAR train, two quotations of one paragraph
     * with ", speaking" between are one attribution in 6 pairs of 7 (the other has a new speaker), with ", according
     * to" in 5 of 6, where ", adding" joins 2 of 23 and ", saying" none of 9.
     */
    private static final Pattern CIRCUMSTANCE = Pattern.compile(",\\s+(?:speaking|according to)\\b[^.;:!?,]*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A clause of time after the attribution, up to the end of its sentence or a comma: "“A,” she said after the
     * governor called her. “B.”", "“A,” he told Reuters when asked about the vote. “B.”" Its verbs are the occasion of the
     * act, not a second one; but "before adding", "after saying" (a participle) is the speaker's next act. On all of
     * PolNeAR train, two quotations of one paragraph with "said … after/before/when/while/during …" between are one
     * attribution in 37 pairs of 46.
     */
    private static final Pattern TIME_CLAUSE = Pattern.compile(
            "\\b(?:after|before|when|while|during)\\b(?!\\s+\\p{Ll}+ing\\b)[^.;:!?,]*", Pattern.CASE_INSENSITIVE);

    /**
     * The topic of the same act right after its verb, up to the end of its sentence or a comma: "“A,” she said of
     * running against him. “B.”", "“A,” he said about at last speaking up. “B.”" A speech verb in it ("speaking")
     * names what the speaker spoke of, not a second act. On all of PolNeAR train it joins one pair, one gold
     * attribution that neither piece alone found.
     */
    private static final Pattern TOPIC = Pattern.compile("(?<=\\b(?:said|says)\\s)(?:of|about)\\b[^.;:!?,]*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A clause of condition or time opening the second quotation's own sentence and closed by a comma right before its
     * mark ("…,” she said. Unless the council pays, “the ferry stops in May.”"): the speaker's sentence resumed.
     */
    private static final Pattern FRONTED_CONDITION = Pattern.compile(
            "(?i)(?:unless|if|when|once|until|as long as)\\s[^.;:!?]*,");

    /** A form of "add": the verb of a further statement ("…,” she said, adding that …. “B.”"), never an aside. */
    private static final Pattern ADD = Pattern.compile("add(?:s|ed|ing)?", Pattern.CASE_INSENSITIVE);

    /**
     * A cue coordinated with the attribution ("…,” he said - and argued for …"): the speaker's next act, not an aside.
     */
    private static final Pattern COORDINATED = Pattern.compile("\\b(?:and|but)\\s+$", Pattern.CASE_INSENSITIVE);

    /** The attribution's sentence closing right before the second quotation opens: "… in an interview. “". */
    private static final Pattern CLOSES_BEFORE_MARK = Pattern.compile("\\p{L}[.]$");

    private QuotationsApart() {
    }

    /**
     * Whether the second speech cue between the quotations is an aside of the attribution's own sentence, not a
     * new act of speech: only that sentence stands between ("“A,” she said, noting that the vote is close. “B.”",
     * "“A,” said Jane Roe, asked about the levy. “B.”"), it holds no quotation of its own, and the second quotation
     * opens a sentence of its own with a capital. PolNeAR annotates such pairs as one attribution: on all 840 train
     * about 30 pairs of this shape are one gold attribution and 2 are two ("…,” she wrote, citing precedent. “B.”");
     * a participle of a further statement, "adding …", stays apart (2 such pairs of 6 are one attribution), and so
     * does a cue coordinated with the attribution ("…,” he said - and argued …").
     */
    private static boolean asideOfAttribution(Draft d, String between, Quote q) {
        if (q.start() >= d.text.length() || !Character.isUpperCase(d.text.codePointAt(q.start()))) {
            return false;
        }
        // The words after the first quotation's closing mark and comma, up to the second's opening mark.
        int first = 0;
        while (first < between.length() && !Character.isLetterOrDigit(between.charAt(first))) {
            first++;
        }
        String words = ABBREVIATION.matcher(between.substring(first)).replaceAll("$1").stripTrailing();
        if (holdsMark(words) || !CLOSES_BEFORE_MARK.matcher(words).find()) {
            return false;
        }
        Matcher end = SENTENCE_END.matcher(words + " ");
        int ends = 0;
        while (end.find()) {
            ends++;
        }
        return ends == 1;
    }

    /**
     * Whether the words hold a quotation mark of their own. An apostrophe between two letters ("the mayor's office",
     * "didn't") is part of a word, not a mark: the aside "she said, pointing to the mayor's office." quotes nothing.
     */
    static boolean holdsMark(String words) {
        for (int i = 0; i < words.length(); i++) {
            if (Quotes.isMark(words.charAt(i)) && !(i > 0 && i + 1 < words.length()
                    && Character.isLetter(words.charAt(i - 1)) && Character.isLetter(words.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the tagger reads the cue word at {@code offset} as a noun: "in an interview with the Gazette", "editor of
     * the Coastal Weekly Report", "a former United States ambassador" name no second act of speech, though the
     * lexicon's forms match them. On PolNeAR dev six pairs of quotations kept apart only by such a noun, and seven on
     * every seventh train article, were each one gold attribution; joining them lost no attribution found.
     */
    static boolean noun(Analysis a, int offset) {
        String tag = tag(a, offset);
        return tag != null && tag.startsWith("NN");
    }

    /** The tag of the token that starts at {@code offset}, or null when none does. */
    private static String tag(Analysis a, int offset) {
        int t = a.tokenAt(offset);
        return t < 0 || a.token(t).start() != offset ? null : a.token(t).tag();
    }

    /**
     * Whether the words between name the speaker's next act: ", then turned to …", not a former title, ", then the
     * city's mayor", ", then a deputy at the agency" (the word after "then" is no verb). With {@link #ABBREVIATION}: on
     * all of PolNeAR train seven pairs kept apart only so, or by a verb in a relative clause after an abbreviation,
     * are joined, each one gold attribution.
     */
    private static boolean nextAct(Analysis a, int from, String between) {
        Matcher m = NEXT_ACT.matcher(between);
        while (m.find()) {
            // "going on to" is always a next act (the tagger may read "contrast" after it as a noun); after "then"
            // only a verb is.
            String tag = tag(a, from + m.start(1));
            if (m.group().contains("going on to") || tag == null || tag.startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the quotation {@code q} is a fragment of a clause of the reporter's that runs on from the attribution:
     * it opens in lower case right after a word, and that word is no conjunction or preposition ("she said, and
     * “…”", "said Roe, from “…”" go on with the attribution's own sentence, as the first piece does). The
     * annotators give the fragment to the clause it sits in ("who thinks the board “…”"): on all of PolNeAR train the 5
     * pairs kept apart so each gain a gold attribution the joined statement missed, and none is lost. Without the
     * conditions of one cue, one sentence and five words it also split quoted names listed in narration ("as “A” and
     * “B” whose …"), which the annotators keep in one.
     */
    private static boolean fragment(Draft d, int from, String between, Quote q) {
        Matcher m = FRAGMENT_OPENING.matcher(between);
        if (!m.find() || q.start() >= d.text.length() || !Character.isLowerCase(d.text.codePointAt(q.start()))) {
            return false;
        }
        String tag = tag(d.analysis, from + m.start(1));
        return tag != null && !tag.equals("CC") && !tag.equals("IN") && !tag.equals("TO")
                && !SENTENCE_END.matcher(ABBREVIATION.matcher(between).replaceAll("$1")).find()
                && d.text.substring(q.start(), q.end()).trim().split("\\s+").length >= 5;
    }

    /**
     * The rule that keeps the quotation {@code q} apart from the quotation before it, which ends at {@code previousEnd},
     * or null when nothing does.
     */
    static String rule(Draft d, int previousEnd, Quote q) {
        int from = Math.min(previousEnd + 1, q.open());
        String between = d.text.substring(from, q.open());
        int cues = 0;
        boolean furtherAct = false;
        java.util.BitSet aside = new java.util.BitSet();
        for (Pattern p : List.of(CIRCUMSTANCE, TIME_CLAUSE, TOPIC)) {
            Matcher m = p.matcher(between);
            while (m.find()) {
                aside.set(m.start(), m.end());
            }
        }
        Matcher v = d.clauses.verbs(between);
        while (v.find()) {
            if (!aside.get(v.start()) && !IN_RELATIVE_CLAUSE.matcher(
                    ABBREVIATION.matcher(between.substring(0, v.start())).replaceAll("$1")).find()
                    && !noun(d.analysis, from + v.start())) {
                cues++;
                furtherAct |= ADD.matcher(v.group()).matches()
                        || COORDINATED.matcher(between.substring(0, v.start())).find();
            }
        }
        // A participle of the attribution's own sentence ("said, noting that …") is no new act between two
        // sentences of quotation.
        if (cues >= 2 && !furtherAct && !nextAct(d.analysis, from, between) && asideOfAttribution(d, between, q)) {
            return null;
        }
        if (cues >= 2 || cues == 1 && nextAct(d.analysis, from, between)) {
            return SECOND_CUE;
        }
        if (cues == 1 && fragment(d, from, between, q)) {
            return FRAGMENT;
        }
        int sentences = 0;
        int at = from;
        while (at < q.open()) {
            TextLayout.Range s = d.layout.sentenceAt(at);
            if (d.text.substring(at, Math.min(s.end(), q.open())).chars().anyMatch(Character::isLetterOrDigit)) {
                sentences++;
            }
            at = Math.max(s.end(), at + 1);
        }
        return sentences >= 2 && !resumedAfterConnective(d, sentences, q) ? NARRATION : null;
    }

    /**
     * Whether the second quotation resumes the speaker's words in the sentence right after the attribution's, with at
     * most two words of the reporter's before its mark ("“A,” she said. But “B.”", "…,” he said. Then, “B.”", "…,”
     * said Roe. Instead, “B.”"): a connective carrying the same quotation on, not a sentence of narration. On all 840
     * PolNeAR train the 6 such pairs kept apart as narration are each one gold attribution; with three words before the
     * mark one more pair is two ("One sign read “…”"). A longer lead that is a fronted clause of condition or time
     * closed by a comma right before the mark ({@link #FRONTED_CONDITION}) resumes the quotation too: one pair on
     * train,
     * one gold attribution.
     */
    private static boolean resumedAfterConnective(Draft d, int sentences, Quote q) {
        if (sentences != 2) {
            return false;
        }
        int start = d.layout.sentenceAt(q.open()).start();
        String lead = d.text.substring(Math.min(start, q.open()), q.open()).strip();
        return !lead.isEmpty() && (lead.split("\\s+").length <= 2 || FRONTED_CONDITION.matcher(lead).matches());
    }
}
