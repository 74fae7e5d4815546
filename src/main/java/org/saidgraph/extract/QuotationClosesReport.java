package org.saidgraph.extract;

/**
 * Rule quotation-closes-report: what may stand before the "and" of rule conjoined-act-subject ({@link VerbCueSieve}):
 * a comma, as before, or a closing quotation mark, with or without a comma inside it ("said that Roe is “a decent,
 * honest man,” and said that …", "said that Vell is “weak as a kitten” and said that …"). The quotation closes the
 * reported clause, as the comma does; the parser hangs the second speech verb on that clause's predicate all the
 * same, and without this the clause's own subject (the person spoken about) became the speaker.
 */
final class QuotationClosesReport {

    private QuotationClosesReport() {
    }

    /** Whether the token before the conjunction at {@code and} closes the reported clause. */
    static boolean before(Analysis analysis, int and) {
        if (and < 1) {
            return false;
        }
        String w = analysis.token(and - 1).word();
        return w.equals(",") || w.equals("”") || w.equals("\"") || w.equals("''");
    }
}
