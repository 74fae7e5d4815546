package org.saidgraph.extract;

/**
 * Step series-object: a second noun object of the speech verb after a comma ("questioned the mayor's plan, her budget
 * and her record"): the parser may split a series of objects and hang its second item on the verb; the series is one
 * thing said.
 */
final class SeriesObject {
    private SeriesObject() {
    }

    /**
     * Whether object {@code object}, after the comma at {@code comma}, is the next item of the series that the
     * object {@code first} opens: a common noun, itself followed by the series' further items ("…, her budget and her
     * record"). A second noun alone after a name or a noun is an apposition ("the mayor, a former judge", "the
     * attack, the worst in years"), which is the reporter's.
     */
    static boolean continues(Analysis a, int first, int comma, int object) {
        if (!a.token(object).tag().startsWith("NN") || a.token(first).tag().startsWith("NNP")
                || a.children(object, "conj").isEmpty()) {
            return false;
        }
        int[] r = a.subtree(object);
        if (r[0] != comma + 1) {
            return false;
        }
        for (int i = r[0]; i <= r[1]; i++) {
            String tag = a.token(i).tag();
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return false; // a clause of its own, not an item
            }
        }
        return true;
    }
}
