package org.saidgraph.extract;

import java.util.Locale;

/**
 * Cut {@code but-second-act}: a reported clause followed by "but" and a second speech act of the same speaker,
 * with no subject of its own — "…said the ferry would run all winter<i> but would not offer a date</i>", "…said
 * the bridge would close<i> but has since warned that …</i>" — ends before "but": the second act is the reporter's
 * account of what else the speaker did, not part of what the first verb reports. The act is a speech verb of the
 * lexicon, finite (past or present tense, or after an auxiliary such as "did not", "has since", "would not"), with
 * at most adverbs between; a verb with a subject of its own ("but the council refused") is a clause of the content.
 * Only for {@code verb-complement}: after an object ({@code verb-object}, {@code pattern-verb}) the "but" may
 * stand in a relative clause of the object ("issued a study that faulted … but cleared …") or open the words the
 * speaker said ("praised them but said, “…”"), which the gold keeps. On all 840 PolNeAR train articles (session
 * 28): 2 statements end differently (6 more are cut where a later step cut them before), reported found +2 with
 * the right speaker, precision +1, none lost; for all three rules, direct found −1 and precision −1
 * (docs/extraction.md).
 */
final class ButSecondAct implements ReportedSpanBounds.Cut {

    private static final SpeechLexicon LEXICON = SpeechLexicon.shipped();

    @Override
    public String name() {
        return "but-second-act";
    }

    @Override
    public int end(Draft draft, Found f) {
        if (!"verb-complement".equals(f.rule)) {
            return f.end;
        }
        Analysis a = draft.analysis;
        return ReportedSpanBounds.beforeMark(draft, f, i -> a.token(i + 1).word().equalsIgnoreCase("but")
                && secondAct(a, i + 2));
    }

    /** Whether the words from {@code i} are a subjectless finite speech verb, after adverbs and auxiliaries. */
    static boolean secondAct(Analysis a, int i) {
        int w = i;
        boolean auxiliary = false;
        while (w < a.tokens().size() && w < i + 4) {
            String tag = a.token(w).tag();
            String word = a.token(w).word().toLowerCase(Locale.ROOT);
            if (tag.equals("MD") || tag.startsWith("VB") && isAuxiliary(word)) {
                auxiliary = true;
            } else if (!tag.startsWith("RB")) {
                break;
            }
            w++;
        }
        if (w >= a.tokens().size() || a.sentenceOf(w) != a.sentenceOf(i)) {
            return false;
        }
        Analysis.Token verb = a.token(w);
        boolean finite = verb.tag().equals("VBD") || verb.tag().equals("VBZ") || verb.tag().equals("VBP")
                || auxiliary && (verb.tag().equals("VB") || verb.tag().equals("VBN"));
        SpeechLexicon.Verb speech = LEXICON.verb(verb.lowerLemma());
        // "… but would eventually add $2 million a year": a speech verb whose object is an amount is used in
        // another sense.
        boolean otherSense = a.children(w, "obj").stream().anyMatch(o -> amount(a, o));
        return finite && speech != null && !otherSense && a.children(w, "nsubj").isEmpty();
    }

    /** Whether the phrase of {@code head} holds a number or a currency sign: "$2 million", "400 jobs". */
    private static boolean amount(Analysis a, int head) {
        int[] span = a.subtree(head);
        for (int t = span[0]; t <= span[1]; t++) {
            if (a.token(t).tag().equals("CD") || a.token(t).tag().equals("$")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAuxiliary(String word) {
        return switch (word) {
            case "did", "does", "do", "has", "have", "had" -> true;
            default -> false;
        };
    }
}
