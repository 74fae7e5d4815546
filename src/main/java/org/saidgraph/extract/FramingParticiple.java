package org.saidgraph.extract;

/**
 * Rule {@code framing-participle} of {@link VerbCueSieve}'s rule framing-then-after: "In a letter sent to the board last
 * week, the parents asked the district to delay the vote", "In a statement released Monday, the union urged …": a
 * fronted prepositional phrase whose only verbs are participles describing a noun inside it (a letter sent, a
 * statement released, a petition signed by 300 nurses) frames the act as a phrase with no verb does — it says where
 * the words were written, not what they were — so what was said is read after the verb. Without this the phrase was
 * read as what was said, and when the filter fronted-clause dropped it, the request after the verb was lost with it.
 */
final class FramingParticiple {

    private FramingParticiple() {
    }

    /**
     * Whether tokens {@code from}..{@code to} open with a preposition, hold no quotation mark, and hold verbs only as
     * participles the parse hangs ({@code acl}) on a noun before them within the phrase — at least one.
     */
    static boolean frames(Analysis a, int from, int to) {
        if (from > to || !"IN".equals(a.token(from).tag())) {
            return false;
        }
        boolean participle = false;
        for (int i = from; i <= to; i++) {
            Analysis.Token t = a.token(i);
            String tag = t.tag() == null ? "" : t.tag();
            if (AdverbialSpans.quoteMark(t.word())) {
                return false;
            }
            if (tag.startsWith("VB") || tag.equals("MD")) {
                int head = a.head(i);
                if (!(tag.equals("VBN") || tag.equals("VBG")) || !"acl".equals(a.relation(i)) || head < from
                        || head >= i || !a.token(head).tag().startsWith("NN")) {
                    return false;
                }
                participle = true;
            }
        }
        return participle;
    }
}
