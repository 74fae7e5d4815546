package org.saidgraph.link;

/**
 * Whether two reports (reported speech, {@code verbatim: false}) can be occurrences of one utterance: the rule that
 * keeps a paraphrase out of an utterance another paraphrase of it contradicts. Paraphrase matching alone is single
 * linkage: reported speech joins an utterance when it matches any one occurrence, and may name fewer of a quotation's
 * entities, so two reports that say different things (that one territory should accept neutrality, and that another
 * should) would both join a quotation that names both, and so each other. Linking therefore lets reported speech join
 * an utterance only if it agrees with every report already there (complete linkage among reports), and two
 * utterances are joined through reported speech only if all their reports agree.
 * <p>
 * Two reports agree when
 * <ul>
 *   <li>they match each other: the same act, the entities one names are all named by the other, and their wording
 *   scores at least {@link Paraphrase#THRESHOLD} ({@link Paraphrase#similarity}); or</li>
 *   <li>they report different parts of the utterance's quotation: each matches a run of its sentences at the
 *   threshold ({@link Paraphrase#bestRun}), and the two runs share no sentence. Outlets often report different
 *   sentences of one long quotation, and such reports need not look alike.</li>
 * </ul>
 * Two reports of the same part that do not match each other conflict (by their entities or their wording), and so
 * do two reports of an utterance known only as reported speech that do not match.
 */
final class ReportAgreement {

    private ReportAgreement() {
    }

    /**
     * Whether reports {@code a} and {@code b} agree, in an utterance whose longest quotation is {@code quotation}
     * (null when no occurrence quotes it).
     */
    static boolean agree(LinkStatement a, LinkStatement b, String quotation) {
        if (match(a, b)) {
            return true;
        }
        if (quotation == null) {
            return false;
        }
        Paraphrase.Run partA = Paraphrase.bestRun(a.text(), quotation, a.act());
        Paraphrase.Run partB = Paraphrase.bestRun(b.text(), quotation, b.act());
        return partA.score() >= Paraphrase.THRESHOLD && partB.score() >= Paraphrase.THRESHOLD && partA.apart(partB);
    }

    /** Whether two reports say the same: the same act, one's entities among the other's, wording alike enough. */
    static boolean match(LinkStatement a, LinkStatement b) {
        return a.act().equals(b.act())
                && (a.mentions().containsAll(b.mentions()) || b.mentions().containsAll(a.mentions()))
                && Paraphrase.similarity(a.text(), b.text(), a.act()) >= Paraphrase.THRESHOLD;
    }
}
