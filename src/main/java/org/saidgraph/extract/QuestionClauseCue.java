package org.saidgraph.extract;

import java.util.Locale;

/**
 * Rule {@code question-clause-cue}: a speech verb inside an embedded question or condition ("Asked whether the service
 * would [continue], an official said the boats would run", "if the mayor [objects], the council …") asks or supposes
 * something; it reports nothing after the comma that closes its clause. Read after its cue, "continue" (a speech verb
 * in "she continued: …") had taken the official's whole clause as what the service said. A reported statement is
 * dropped when it starts right after its cue and a comma, does not open with a quotation mark, and the cue's clause
 * is marked "whether" or "if". Not judged by the parse beyond that mark: the parser hangs the rest of such a sentence
 * on the cue in several ways (an adverbial clause of "said", a parataxis of "continue").
 */
final class QuestionClauseCue implements NotSpeechFilters.Filter {

    @Override
    public String name() {
        return "question-clause-cue";
    }

    @Override
    public boolean drops(Draft draft, Found f) {
        int cue = NotSpeechFilters.reportedCueBefore(draft, f);
        Analysis a = draft.analysis;
        if (cue < 0 || !a.parsed(cue) || cue + 2 >= a.tokens().size()) {
            return false;
        }
        int first = a.tokenAt(f.start);
        return first == cue + 2 && a.token(cue + 1).word().equals(",") && !Quotes.isMark(draft.text.charAt(f.start))
                && question(a, cue);
    }

    /** Whether the cue's clause is an embedded question or condition ("whether the service would continue"). */
    private static boolean question(Analysis a, int cue) {
        for (int c : a.children(cue, "mark")) {
            String w = a.token(c).word().toLowerCase(Locale.ROOT);
            if (w.equals("whether") || w.equals("if")) {
                return true;
            }
        }
        return false;
    }
}
