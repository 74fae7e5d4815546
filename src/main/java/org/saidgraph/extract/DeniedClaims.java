package org.saidgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which claim a denial denies. A {@code DENIES} relationship is an assertion about two statements that researchers
 * query directly ("who denied whose claim?"), so a denial is linked only on evidence, by the first of these rules
 * that finds one, and otherwise to nothing:
 * <ol>
 *   <li>{@code claim-in-object}: what the denial rejects is itself a claim read inside its words ("rejected claims by
 *       the union that …", "dismissed the governor's claim that …"; {@link NominalClaims}) — that claim;</li>
 *   <li>{@code claimant-named}: the denial's sentence names someone who made a claim in the article ("denied
 *       Bremmer's claim", "rejected claims by the union") — that person's claim nearest to the denial;</li>
 *   <li>{@code claim-referred-back}: the denial's words only point back ("rejected that claim", "denied the
 *       allegation", "disputed those figures") — the statement of another speaker right before it, whatever its act: a
 *       quotation is as deniable as a claim;</li>
 *   <li>{@code claim-just-before}: one of the two statements right before the denial is another speaker's claim
 *       (an exchange: "X claimed …. Y denied …"), unless the denial names where what it denies came from ("denied
 *       reports that …");</li>
 *   <li>{@code claim-shares-words}: the nearest claim of another speaker, before or after (a lede often reports the
 *       denial before the claim), that shares a name or two other nouns with the denial.</li>
 * </ol>
 * Before this class, a denial took the latest earlier claim of anyone else, or else the first later one, however far
 * and whatever it said: "The union's leader denied that a compromise had been offered" denied a port authority's
 * cargo figures four paragraphs up.
 */
final class DeniedClaims {

    static final String CLAIM_IN_OBJECT = "claim-in-object";
    static final String CLAIMANT_NAMED = "claimant-named";
    static final String CLAIM_REFERRED_BACK = "claim-referred-back";
    static final String CLAIM_JUST_BEFORE = "claim-just-before";
    static final String CLAIM_SHARES_WORDS = "claim-shares-words";

    /** Nouns too common in news to tie a denial to a claim by themselves. */
    private static final Set<String> TOO_COMMON = Set.of("year", "time", "day", "week", "month", "people", "thing",
            "percent", "way", "statement", "claim", "report", "interview", "news", "today");

    /** "that claim", "the allegations", "those figures", "this", "it": words that name what was said before. */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "(?i)(?:(?:that|this|these|those|the|such|her|his|their|its)\\s+(?:\\p{L}+\\s+)?"
                    + "(?:claims?|allegations?|accusations?|charges?|assertions?|suggestions?|ideas?|notions?|reports?"
                    + "|characteri[sz]ations?|accounts?|statements?|comments?|remarks?|figures?|numbers?|version)"
                    + "|that|this|it)");

    /**
     * "denied reports that …", "dismissed rumours of …": the denial names what it denies and where it came from, so
     * a claim just before it is not tied to it by being near.
     */
    private static final Pattern OWN_SOURCE = Pattern.compile(
            "(?i)(?:the\\s+|media\\s+|press\\s+|news\\s+)*(?:reports?|rumou?rs?|speculation|suggestions?)"
                    + "\\s+(?:that|of)\\b");

    private DeniedClaims() {
    }

    /** Sets {@link Found#denies} and {@link Found#deniesBy} of every denial among {@code statements}. */
    static void link(Draft draft, List<Found> statements) {
        for (int i = 0; i < statements.size(); i++) {
            Found denial = statements.get(i);
            if (denial.act != Act.DENIAL) {
                continue;
            }
            denial.denies = null;
            denial.deniesBy = null;
            Found claim = inObject(statements, denial);
            String rule = CLAIM_IN_OBJECT;
            if (claim == null) {
                claim = claimantNamed(draft, statements, i);
                rule = CLAIMANT_NAMED;
            }
            if (claim == null) {
                claim = referredBack(draft, statements, i);
                rule = CLAIM_REFERRED_BACK;
            }
            if (claim == null && !OWN_SOURCE.matcher(draft.text.substring(denial.start, denial.end)).lookingAt()) {
                claim = justBefore(statements, i);
                rule = CLAIM_JUST_BEFORE;
            }
            if (claim == null) {
                claim = sharesWords(draft, statements, i);
                rule = CLAIM_SHARES_WORDS;
            }
            if (claim != null) {
                denial.denies = claim;
                denial.deniesBy = rule;
            }
        }
    }

    private static boolean otherClaim(Found s, Found denial) {
        return s != denial && s.act == Act.CLAIM && s.speaker != null && !s.speaker.equals(denial.speaker);
    }

    /** The first claim of another speaker read inside a noun phrase of the denial's own words, or null. */
    private static Found inObject(List<Found> statements, Found denial) {
        for (Found s : statements) {
            if (s != denial && NominalClaims.nominal(s) && s.act != Act.DENIAL && s.speaker != null
                    && !s.speaker.equals(denial.speaker) && !denial.verbatim
                    && s.cue >= denial.start && s.cue < denial.end) {
                return s;
            }
        }
        return null;
    }

    private static Found claimantNamed(Draft draft, List<Found> statements, int index) {
        Found denial = statements.get(index);
        TextLayout.Range sentence = draft.layout.sentenceAt(denial.cue >= 0 ? denial.cue : denial.start);
        Set<String> named = new HashSet<>();
        for (Mention m : draft.entities.mentions) {
            if (m.entity() != null && m.start() >= sentence.start() && m.end() <= sentence.end()
                    && !m.entity().equals(denial.speaker)) {
                named.add(m.entity());
            }
        }
        return nearest(statements, index, s -> otherClaim(s, denial) && named.contains(s.speaker));
    }

    /**
     * The words after the denial's verb are a demonstrative or definite noun phrase, or a bare "that"/"this"/"it":
     * they name something already said. The nearest earlier statement of another speaker, if it is one of the two
     * statements right before, is what they name.
     */
    private static Found referredBack(Draft draft, List<Found> statements, int index) {
        Found denial = statements.get(index);
        int cue = denial.verbatim || denial.cue < 0 ? -1 : draft.analysis.tokenAt(denial.cue);
        int afterCue = cue < 0 ? -1 : draft.analysis.token(cue).end();
        if (afterCue < 0 || denial.end <= afterCue) {
            return null;
        }
        String object = draft.text.substring(afterCue, denial.end).strip();
        if (!POINTS_BACK.matcher(object).matches()) {
            return null;
        }
        return justBefore(statements, index, s -> s.speaker != null && !s.speaker.equals(denial.speaker)
                && s.act != Act.DENIAL && s.end <= denial.start);
    }

    private static Found justBefore(List<Found> statements, int index) {
        Found denial = statements.get(index);
        return justBefore(statements, index, s -> otherClaim(s, denial));
    }

    /** The nearer of the two statements right before {@code index} that passes {@code test}, or null. */
    private static Found justBefore(List<Found> statements, int index, Predicate<Found> test) {
        for (int j = index - 1; j >= Math.max(0, index - 2); j--) {
            if (test.test(statements.get(j))) {
                return statements.get(j);
            }
        }
        return null;
    }

    private static Found sharesWords(Draft draft, List<Found> statements, int index) {
        Found denial = statements.get(index);
        Nouns said = nouns(draft.analysis, denial);
        return nearest(statements, index, s -> otherClaim(s, denial) && said.tiedTo(nouns(draft.analysis, s)));
    }

    /** The statement nearest to {@code index} that passes {@code test}; the earlier one when two are as near. */
    private static Found nearest(List<Found> statements, int index, Predicate<Found> test) {
        for (int d = 1; d < statements.size(); d++) {
            if (index - d >= 0 && test.test(statements.get(index - d))) {
                return statements.get(index - d);
            }
            if (index + d < statements.size() && test.test(statements.get(index + d))) {
                return statements.get(index + d);
            }
        }
        return null;
    }

    private record Nouns(Set<String> names, Set<String> common) {
        boolean tiedTo(Nouns other) {
            Set<String> n = new HashSet<>(names);
            n.retainAll(other.names);
            Set<String> c = new HashSet<>(common);
            c.retainAll(other.common);
            return !n.isEmpty() || c.size() >= 2;
        }
    }

    /** The lemmas of the nouns inside a statement's words, proper and common apart. */
    private static Nouns nouns(Analysis analysis, Found f) {
        Set<String> names = new HashSet<>();
        Set<String> common = new HashSet<>();
        int first = analysis.tokenAt(f.start);
        for (int t = Math.max(first, 0); first >= 0 && t < analysis.tokens().size(); t++) {
            Analysis.Token token = analysis.token(t);
            if (token.start() >= f.end) {
                break;
            }
            String lemma = token.lowerLemma();
            if (token.tag().startsWith("NNP")) {
                names.add(lemma);
            } else if (token.tag().startsWith("NN") && lemma.length() > 2 && !TOO_COMMON.contains(lemma)) {
                common.add(lemma);
            }
        }
        return new Nouns(names, common);
    }
}
