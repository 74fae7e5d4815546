package org.saidgraph.extract;

import java.util.List;

/**
 * Step {@code clause-own-conjunct}: a verb coordinated, without a subject of its own, with the verb of a reported
 * clause stays in that clause when it is not a speech verb of the lexicon and the clause it joins is finite — "said
 * he was troubled by the reports <i>and wanted to see the quay for himself</i>", "said she could not back the levy
 * <i>but understood why others did</i>", "said he had been impressed by the mayor <i>and liked her answer on
 * roads</i>". {@link VerbCueSieve} otherwise ends the clause before such a conjunct when its tense is the speech
 * verb's and not the clause verb's ("said he would order a review and warned against hackers": the second verb is
 * the speaker's next act); but the clause verb's tense is often carried by its auxiliary ("was alarmed", "could not
 * back", "has been impressed"), and a verb that is no speech act ("wanted", "liked", "decided") continues what was
 * said, where PolNeAR keeps it. A speech verb ("… and praised the plan", "… and vowed to …") is a second
 * attribution, and still ends the clause; so does a conjunct after a dash ("… to the islands - and campaigned for …"),
 * and one on an infinitive ("pledged to be … and cast doubt on …"). Second shape ({@link #modalOnCue}): a
 * conjunct the parse hangs on the speech verb itself but with a modal of its own ("argue the rule gives too much
 * power and could lead to a deadlock"). On all 840 PolNeAR train articles: see docs/extraction.md (figures
 * recorded there).
 */
final class ClauseOwnConjunct {

    static final String NAME = "clause-own-conjunct";

    private ClauseOwnConjunct() {
    }

    /** Whether {@code conjunct}, a verb the parse coordinates with {@code head} in a reported clause, is part of it. */
    static boolean continues(Analysis a, SpeechLexicon lexicon, int conjunct, int head) {
        return lexicon.verb(a.token(conjunct).lemma()) == null && finiteClause(a, head) && !dashBefore(a, conjunct)
                && !speechComplement(a, lexicon, conjunct);
    }

    /**
     * Whether the conjunct's own complement is a speech verb ("… but declined to say whether …", "and refused to
     * comment"): an act of (not) saying, which the reporter tells of, not part of what was said; found on an
     * article of our own, where "said the bloc supported “…,” but declined to say whether …" ran on.
     */
    private static boolean speechComplement(Analysis a, SpeechLexicon lexicon, int conjunct) {
        return a.children(conjunct, "xcomp").stream().anyMatch(c -> lexicon.verb(a.token(c).lemma()) != null);
    }

    /**
     * Whether {@code conjunct}, a verb the parse coordinates with the speech verb {@code cue} itself, is rather the
     * reported clause's own: it is no speech verb and has a modal the speech verb has not ("argue the rule gives
     * too much power to the board <i>and could lead to a deadlock</i>"): what the speaker goes on to do is told in
     * the speech verb's tense, not in a modal. Not for a speech verb that is itself an infinitive or inside another's
     * clause ("said that Roe told her she had the files but could not send them": the outer speaker's reading holds
     * the whole).
     */
    static boolean modalOnCue(Analysis a, SpeechLexicon lexicon, int conjunct, int cue) {
        return lexicon.verb(a.token(conjunct).lemma()) == null && modal(a, conjunct) && !modal(a, cue)
                && !a.token(cue).tag().equals("VB") && !String.valueOf(a.relation(cue)).startsWith("ccomp");
    }

    /**
     * Whether {@code conjunct}, a verb the parse coordinates with the speech verb {@code cue} itself, shows another
     * tense than the speech verb by its own form ("Bloomberg says it cut the estimate in May <i>and raised it in
     * June</i>", "said the mill works <i>and needs</i> …"): the speaker's next act would be told in the speech verb's
     * tense, so the conjunct goes on with the reported clause. Not a speech verb with a clause of its own ("His aides
     * say it is too early … <i>but noted that</i> …", "says the mayor promised … <i>and said she would</i> …"): that
     * is an attribution of its own, whoever speaks (on PolNeAR dev, two reported statements ran on so).
     */
    static boolean otherTense(Analysis a, SpeechLexicon lexicon, int conjunct, int cue) {
        String c = a.token(conjunct).tag();
        String v = a.token(cue).tag();
        boolean past = c.equals("VBD");
        boolean present = c.equals("VBZ") || c.equals("VBP");
        boolean attribution = lexicon.verb(a.token(conjunct).lemma()) != null
                && !a.children(conjunct, "ccomp").isEmpty();
        return !attribution && a.children(conjunct, "aux").isEmpty()
                && (past && (v.equals("VBZ") || v.equals("VBP")) || present && v.equals("VBD"));
    }

    private static boolean modal(Analysis a, int verb) {
        return a.children(verb, "aux").stream().anyMatch(c -> a.token(c).tag().equals("MD"));
    }

    /** Whether {@code verb} heads a finite clause: its own form, or an auxiliary or copula of its, shows tense. */
    private static boolean finiteClause(Analysis a, int verb) {
        if (finite(a, verb)) {
            return true;
        }
        for (String rel : List.of("aux", "aux:pass", "cop")) {
            for (int c : a.children(verb, rel)) {
                if (finite(a, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean finite(Analysis a, int token) {
        return a.token(token).tag().matches("VB[DZP]|MD");
    }

    /** Whether a dash stands before the conjunct's conjunction ("… to the islands - and campaigned for …"). */
    private static boolean dashBefore(Analysis a, int conjunct) {
        int first = conjunct;
        for (int c : a.children(conjunct, "cc")) {
            first = Math.min(first, c);
        }
        return first > 0 && a.token(first - 1).word().matches("--|-|—|–");
    }
}
