package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Step name-before-charge: the object of a speech verb named in an apposition before the charge ("accuses one of the
 * managers, Tom Baker, of ignoring …", "assailed a county judge, Lena Ortiz, for her ruling"): the commas around the
 * name ended the object, but the charge after it is what was said. Session 28, all 840 train: the shape stands 2
 * times, both inside the gold; 1 reported attribution newly found with its speaker, none lost.
 */
final class NameBeforeCharge {
    private static final Set<String> CHARGES = Set.of("of", "for", "over");

    private NameBeforeCharge() {
    }

    /**
     * The last token of the charge when the object ending at {@code objectEnd} is followed by a name between commas
     * and a charge ("of", "for" or "over"); {@code objectEnd} otherwise.
     */
    static int end(Analysis a, int objectEnd, int sentenceEnd) {
        int i = objectEnd + 1;
        if (i >= sentenceEnd || !a.token(i).word().equals(",")) {
            return objectEnd;
        }
        int k = i + 1;
        while (k < sentenceEnd && a.token(k).tag().startsWith("NNP")) {
            k++;
        }
        if (k == i + 1 || k + 1 >= sentenceEnd || !a.token(k).word().equals(",")
                || !CHARGES.contains(a.token(k + 1).word().toLowerCase(Locale.ROOT))) {
            return objectEnd;
        }
        int head = a.head(k + 1);
        return head > k + 1 ? Math.max(objectEnd, a.subtree(head)[1]) : objectEnd;
    }
}
