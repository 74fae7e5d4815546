package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Cut {@code consequence-participle}: a reported statement that closes with a participle phrase after a comma in
 * which the reporter tells what the words drew or did — "…said the plant would close<i>, drawing boos from the
 * hall</i>", "…said they favour a recount<i>, putting them at odds with the mayor</i>", "…said she could not back
 * the plan<i>, throwing its future into doubt</i>" — ends before the comma: the reaction or consequence is the
 * reporter's, not part of what was said. The participle is a word of {@code span-bounds.tsv} (role
 * {@code opener}), outside a quotation and in the statement's sentence. Other closing participles stay: on PolNeAR
 * train "leading", "leaving", "making", "bringing", "creating" run on inside the gold as often as they end it
 * ("warned the talks could collapse, leaving the town without a ferry" is what was warned). On all 840 PolNeAR train
 * articles: see docs/extraction.md (figures recorded there).
 */
final class ConsequenceParticiple implements ReportedSpanBounds.Cut {

    private static final Set<String> OPENERS = SpanBoundWords.of("consequence-participle", "opener");

    @Override
    public String name() {
        return "consequence-participle";
    }

    @Override
    public int end(Draft draft, Found f) {
        Analysis a = draft.analysis;
        return ReportedSpanBounds.beforeMark(draft, f, i -> a.token(i).word().equals(",")
                && a.token(i + 1).tag().equals("VBG")
                && OPENERS.contains(a.token(i + 1).word().toLowerCase(Locale.ROOT)));
    }
}
