package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Repairs of the parse where a plain speech verb ("say", "said") lost its subject, found on PolNeAR train among the
 * reported attributions that no statement overlapped (session 19, helper "plainmiss"). Each is a named shape:
 * <ul>
 *   <li>{@link #FINITE_MODIFIER}: the parser hangs a present-tense speech verb on a noun as a modifier ({@code acl})
 *   although the verb has a subject of its own before it ("less than half of what the pilots say they need",
 *   "Friends of the mayor who have seen her lately say that …"); that is a clause, not "the so-called".</li>
 *   <li>{@link #NOMINAL_SUBJECT}: of two subjects the parser gives one verb, a noun phrase speaks rather than a verb
 *   form ("Asked whether …, 75 percent of members said yes": "Asked" read as a subject).</li>
 *   <li>{@link #BUT_CONJUNCT}: "Two-thirds of members back the plan, but majorities in each ward say …": the parser
 *   joins the second subject to the first by "but" and hangs the verb on the first; the conjunct right before the
 *   verb is its subject.</li>
 *   <li>{@link #RELATIVE_IN_SUBJECT}: a subject phrase ends before a relative clause set off by a comma inside it
 *   ("Executives for the company, which made a profit last year, say …"): the name of the speaker is the words
 *   before it ({@link Sources}).</li>
 *   <li>{@link #HIDDEN_SUBJECT}, {@link #HIDDEN_RELATIVE}, {@link #HIDDEN_PARTICIPLE} (session 20, helper
 *   "sayfallback"): a finite "say"/"tell" the parser hung as an auxiliary, a discourse word or a subject of the
 *   reported clause, "who say" with the pronoun parsed as an object, ", saying" hung inside the reported clause:
 *   the speaker is read from the clause above the verb ({@link #hiddenSubject}).</li>
 *   <li>{@link #CONTRACTED_HAS} (session 24, helper "missed24"): "He's said he will …", "who's argued for years that
 *   …": the parser reads the "'s" before a speech verb's past participle as "is" and makes the subject passive
 *   ({@link #contractedHas}).</li>
 *   <li>{@link #RELATIVE_THEN_VERB} (session 34): "A spokesman for Norvane Freight, which moves grain, said the delay
 *   …": the parser may take the speech verb after a relative clause set off by commas for that clause's own verb, a
 *   modifier of the antecedent; the verb is the sentence's, and its subject the noun phrase the antecedent belongs
 *   to ({@link #verbAfterRelative}).</li>
 *   <li>{@link #PARTICIPLE_THEN_VERB} (session 35): "The deal would close by March, two people briefed on the talks
 *   said": the parser may take a participle that describes the speakers ("briefed", "familiar" is an adjective and
 *   never misread) for the sentence's verb, with the reported clause as its complement and the speech verb hung on it
 *   as a loose dependent; the speaker is that participle's subject ({@link #verbAfterParticiple}).</li>
 * </ul>
 */
final class SubjectRepairs {

    static final String FINITE_MODIFIER = "finite-modifier-cue";
    static final String PARTICIPLE_THEN_VERB = "participle-then-verb";
    static final String NOMINAL_SUBJECT = "nominal-subject-first";
    static final String BUT_CONJUNCT = "but-conjunct-subject";
    static final String RELATIVE_IN_SUBJECT = "relative-in-subject";
    static final String DATELINE = "dateline-subject";
    static final String HIDDEN_SUBJECT = "hidden-say-subject";
    static final String HIDDEN_RELATIVE = "hidden-say-relative";
    static final String HIDDEN_PARTICIPLE = "hidden-say-participle";
    static final String CONTRACTED_HAS = "contracted-has-subject";
    static final String RELATIVE_THEN_VERB = "relative-then-verb";

    /** The plainest speech verbs, whose finite forms the parser most often hangs as a word of another clause. */
    private static final Set<String> PLAIN = Set.of("say", "tell");

    private SubjectRepairs() {
    }

    /**
     * Rule {@value #FINITE_MODIFIER}: a present-tense verb the parse hangs on a noun as {@code acl} with a noun subject
     * of its own before it is a clause's verb, so it may attribute. A past form stays a modifier ("a widely reported
     * story"): VBD and VBN are too often confused there.
     */
    static boolean finiteModifier(Analysis analysis, int verb) {
        return "acl".equals(analysis.relation(verb)) && analysis.token(verb).tag().matches("VB[PZ]")
                && analysis.children(verb, "nsubj").stream()
                .anyMatch(c -> c < verb && analysis.token(c).tag().startsWith("NN"));
    }

    /** Rule {@value #NOMINAL_SUBJECT}: the subjects of one verb with those that are no verb form first. */
    static List<Integer> nominalFirst(Analysis analysis, List<Integer> subjects) {
        if (subjects.size() < 2) {
            return subjects;
        }
        List<Integer> ordered = new ArrayList<>();
        for (int s : subjects) {
            if (!analysis.token(s).tag().startsWith("VB")) {
                ordered.add(s);
            }
        }
        for (int s : subjects) {
            if (analysis.token(s).tag().startsWith("VB")) {
                ordered.add(s);
            }
        }
        return ordered;
    }

    /**
     * Rule {@value #BUT_CONJUNCT}: the noun joined to {@code subject} by "but" whose phrase ends right before the
     * verb at {@code cue}, or -1. Not "and": "Jane Roe and the mayor said" is both of them.
     */
    static int butConjunct(Analysis analysis, int subject, int cue) {
        for (int c : analysis.children(subject, "conj")) {
            if (c > subject && analysis.subtree(c)[1] == cue - 1 && analysis.token(c).tag().startsWith("NN")
                    && analysis.children(c, "cc").stream()
                    .anyMatch(b -> analysis.token(b).word().equalsIgnoreCase("but"))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Rule {@value #RELATIVE_IN_SUBJECT}: the last token of a subject phrase {@code [head, last]} before a comma that
     * opens a relative clause ("which", "who", "whose" …) inside it, or {@code last} when there is none.
     */
    static int beforeRelative(Analysis analysis, int head, int last) {
        for (int k = head + 1; k < last; k++) {
            if (analysis.token(k).word().equals(",") && analysis.token(k + 1).tag().startsWith("W")) {
                return k - 1;
            }
        }
        return last;
    }

    /**
     * Rule {@value #DATELINE}: the subject {@code subject} of the verb at {@code cue} when it stands after the
     * sentence's dateline; when it stands in the dateline, the head of the words between the dash and the verb (the
     * token among them whose head lies outside them), or -1 when those words have no noun to head them.
     */
    static int afterDateline(Analysis analysis, int subject, int cue) {
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        int first = datelineEnd(analysis, s);
        if (subject >= first || first > cue) {
            return subject;
        }
        for (int t = first; t < cue; t++) {
            int h = analysis.head(t);
            if ((h < first || h >= cue) && !analysis.token(t).tag().matches("[,.:`'\\-].*|HYPH")) {
                return analysis.token(t).isNoun() || analysis.token(t).tag().equals("CD") ? t : -1;
            }
        }
        return -1;
    }

    /**
     * Rule {@value #RELATIVE_THEN_VERB}: the subject of a speech verb the parse hangs on a noun as its relative clause
     * ({@code acl:relcl}) although a relative clause of its own, opened by "which"/"who"/"whose" after a comma, ends
     * with a comma right before the verb; else -1. The subject is the head of the noun phrase the antecedent belongs
     * to ("A spokesman for Norvane Freight, which moves grain, said": "spokesman", not "Freight"). A relative clause
     * that really ends in the speech verb has no comma before it ("the firm, which said it would …"). Only a verb with a
     * clause after it to report: after a quotation ("“…,” Jo Roe, who was polled, said") the quotation's own rules read
     * it, and an object ("described the plan … as …") is better read by the verb's pattern than by the parse.
     */
    static int verbAfterRelative(Analysis analysis, int verb) {
        int antecedent = analysis.head(verb);
        if (!"acl:relcl".equals(analysis.relation(verb)) || antecedent < 0 || antecedent > verb
                || !analysis.token(verb - 1).word().equals(",") || !analysis.token(antecedent).isNoun()
                || analysis.children(verb, "ccomp").stream().noneMatch(c -> c > verb)) {
            return -1;
        }
        int opener = -1;
        for (int i = antecedent + 1; i < verb - 1; i++) {
            if (analysis.token(i).tag().startsWith("W") && analysis.token(i - 1).word().equals(",")) {
                opener = i;
                break;
            }
        }
        if (opener < 0) {
            return -1;
        }
        boolean ownVerb = false;
        for (int i = opener + 1; i < verb - 1; i++) {
            ownVerb |= analysis.token(i).isVerb();
        }
        if (!ownVerb) {
            return -1;
        }
        int noun = antecedent;
        while (analysis.head(noun) >= 0 && NOMINAL_LINKS.contains(VerbCueSieve.base(analysis.relation(noun)))
                && analysis.token(analysis.head(noun)).isNoun()) {
            noun = analysis.head(noun);
        }
        return noun;
    }

    /**
     * Rule {@value #PARTICIPLE_THEN_VERB}: the speaker of a speech verb that closes a sentence after its reported clause
     * when the parse made a participle describing the speakers the sentence's verb ("…, two people briefed on the
     * talks said": "briefed" the root, with the reported clause as its complement, its subject "people", and "said" a
     * {@code dep} of it); else -1. Only when nothing but the participle's own phrase (a preposition and its noun)
     * stands between it and the speech verb, the verb ends the sentence, and the reported clause comes before the
     * subject, set off by a comma: "The deal will close, people briefed on it said".
     */
    static int verbAfterParticiple(Analysis analysis, int verb) {
        int participle = analysis.head(verb);
        if (!"dep".equals(analysis.relation(verb)) || participle < 0 || participle > verb
                || !analysis.token(participle).tag().matches("VB[DN]")) {
            return -1;
        }
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(verb));
        int last = ClauseAfterAttribution.lastWord(analysis, s, verb);
        List<Integer> subjects = analysis.children(participle, "nsubj");
        List<Integer> clauses = analysis.children(participle, "ccomp");
        if (last != verb || subjects.size() != 1 || clauses.isEmpty()) {
            return -1;
        }
        int subject = subjects.get(0);
        int[] clause = analysis.subtree(clauses.get(0));
        int[] phrase = analysis.subtree(subject);
        if (clause[1] >= phrase[0] - 1 || !analysis.token(phrase[0] - 1).word().equals(",")
                || phrase[1] != participle - 1 || !analysis.token(subject).isNoun()) {
            return -1;
        }
        for (int i = participle + 1; i < verb; i++) {
            // Only the participle's own phrase: "briefed on the negotiations", no verb of its own.
            if (analysis.token(i).isVerb() || analysis.token(i).word().equals(",")) {
                return -1;
            }
        }
        return subject;
    }

    /** Relations that join a noun to a larger noun phrase ("spokesman for the firm", "the firm's chief"). */
    private static final Set<String> NOMINAL_LINKS = Set.of("nmod", "compound", "appos", "flat");

    /**
     * Rule {@value #DATELINE}, its second shape: the parse makes a dateline in capitals the sentence's root and hangs
     * the lead's subject on it, and the speech verb on that subject as a modifier ("PORT ELLIS — The minister, Dana
     * Roe, signalled on Tuesday that …": "signalled" an {@code acl} of "minister"). When a past-tense verb so hung has a
     * clause of its own to report, the noun it hangs on is its subject; else -1.
     */
    static int datelineModifier(Analysis analysis, int verb) {
        if (!"acl".equals(analysis.relation(verb)) || !analysis.token(verb).tag().matches("VB[DN]")
                || analysis.children(verb, "ccomp").isEmpty()) {
            return -1;
        }
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(verb));
        int first = datelineEnd(analysis, s);
        int noun = analysis.head(verb);
        return first > s.first() && noun >= first && noun < verb && analysis.token(noun).isNoun()
                && analysis.head(noun) >= s.first() && analysis.head(noun) < first ? noun : -1;
    }

    /**
     * The first token after a wire dateline in capitals that opens the sentence ("HARBOURTON — …", "ELM CREEK, Neb.
     * (AP) -- …"), else the sentence's first token. Not a capitalised subject set off by dashes ("Democrats — and some
     * Republicans — say"), nor a party label's hyphen ("Sen. Jane Roe, R-Neb., said"). A live blog's timestamp ("4:02
     * p.m. — …") ends where {@link Dateline#after} says.
     */
    static int datelineEnd(Analysis analysis, Analysis.Sentence s) {
        int first = Dateline.after(analysis, s);
        if (first > s.first() && Dateline.clock(analysis.token(s.first()).word())) {
            return first;
        }
        if (first == s.first() || !analysis.token(s.first()).word().matches("\\p{Lu}{2,}[\\p{Lu}.'’-]*")) {
            return s.first();
        }
        int dash = first - 1;
        boolean apart = analysis.token(dash - 1).end() < analysis.token(dash).start();
        return apart || analysis.token(dash - 1).word().matches("\\p{Lu}{2,}[\\p{Lu}.)]*") ? first : s.first();
    }

    /**
     * Rules {@value #HIDDEN_SUBJECT}, {@value #HIDDEN_RELATIVE}, {@value #HIDDEN_PARTICIPLE}: the subject of a
     * finite "say"/"tell" the parse gave none, read from the clause the parse hung the verb in, or -1. The parser
     * may make the verb an auxiliary, a discourse word or the subject of the reported clause's verb ("Yet the
     * engineers, like the pilots, say dredging clears the channel": "say" an {@code aux} of "dredging"; "The owners
     * whose boats were seized say the real cost …": "say" a {@code discourse} word of the reported verb, the owners
     * the subject of "seized"); the speaker is then the first subject before the verb among the verbs above it. A
     * relative "who" right before the verb speaks as the noun its clause describes ("another 14 percent who say
     * they could …", the pronoun parsed as an object; not "that"/"which": "a banner that says …" is a thing). A
     * participle after a comma (", saying …") takes the subject of the clause it follows in the same way. Never a
     * subject inside a quotation the verb stands outside of ("“The crew was tired,’” said Jane Roe": the crew does not
     * speak), nor a dateline's place, nor, for a finite verb, one standing inside what another speech verb before it
     * reports ("The survey found that 60 percent of those who said …": the survey's words).
     */
    static int hiddenSubject(Analysis analysis, SpeakerResolver resolver, SpeechLexicon lexicon, int cue) {
        Analysis.Token t = analysis.token(cue);
        Analysis.Sentence s = analysis.sentences().get(analysis.sentenceOf(cue));
        if (!PLAIN.contains(t.lowerLemma()) || cue - 1 < s.first()) {
            return -1;
        }
        boolean participle = t.tag().equals("VBG") && (analysis.token(cue - 1).word().equals(",")
                || closedQuoteAfterComma(analysis, s, cue));
        if (!t.tag().matches("VB[DZP]") && !participle || !participle && reportedBefore(analysis, lexicon, cue)) {
            return -1;
        }
        if (!participle && analysis.token(cue - 1).word().equalsIgnoreCase("who")) {
            for (int x = cue - 1, guard = 0; guard < 4 && analysis.head(x) >= 0; guard++, x = analysis.head(x)) {
                if ("acl:relcl".equals(analysis.relation(x)) && analysis.head(x) < cue - 1
                        && analysis.token(analysis.head(x)).tag().startsWith("NN")) {
                    return analysis.head(x);
                }
            }
            return -1;
        }
        int first = Dateline.after(analysis, s);
        boolean quoted = resolver.insideQuote(t.start());
        for (int v = cue, guard = 0; guard < 4 && analysis.head(v) >= 0; guard++) {
            int h = analysis.head(v);
            // "…, until the rebels withdraw, saying …": the adverbial clause's subject is not the participle's
            List<Integer> subjects = ParticipleAfterSubordinate.passOver(analysis, cue, h) ? List.of()
                    : analysis.children(h, "nsubj");
            for (int c : subjects) {
                String tag = analysis.token(c).tag();
                if (c < cue && c != v && c >= first && !placeLine(analysis, c)
                        && !VerbCueSieve.timeWord(analysis.token(c)) // "on Friday to keep …, saying": a garbled parse
                        && (quoted || !resolver.insideQuote(analysis.token(c).start()))
                        && (tag.startsWith("NN") || tag.equals("PRP") || tag.equals("CD"))) {
                    return participle || !timeClauseBetween(analysis, c, cue) ? c : -1;
                }
            }
            v = h;
        }
        return -1;
    }

    /**
     * Whether a clause of time opens between a subject and a finite verb ("The committee adjourned …, after a
     * spokeswoman, Jane Roe, told lawmakers …"): the verb is that clause's, and its own subject, which the parse lost,
     * is in it; the main clause's subject did not tell.
     */
    private static boolean timeClauseBetween(Analysis analysis, int subject, int cue) {
        for (int t = subject + 1; t < cue; t++) {
            if (Occasions.mark(analysis.token(t).word()) && analysis.token(t).tag().matches("IN|WRB")) {
                return true;
            }
        }
        return false;
    }

    /** "PARIS, Aug 31 (Reuters) - …": a word in capitals opening the sentence is a dateline's place. */
    private static boolean placeLine(Analysis analysis, int token) {
        return token == analysis.sentences().get(analysis.sentenceOf(token)).first()
                && analysis.token(token).word().matches("\\p{Lu}{3,}");
    }

    /**
     * Whether a closing quotation mark with a comma inside it stands right before {@code cue}: "…, calling the
     * levy “a tax on rain,” saying …". American style puts the comma inside the quotation; the participle is set
     * off from the clause all the same.
     */
    private static boolean closedQuoteAfterComma(Analysis analysis, Analysis.Sentence s, int cue) {
        return cue - 2 >= s.first() && analysis.token(cue - 1).tag().equals("''")
                && analysis.token(cue - 2).word().equals(",");
    }

    /** The name of the {@link #hiddenSubject} shape a verb at {@code cue} was read in. */
    static String hiddenRule(Analysis analysis, int cue) {
        return analysis.token(cue).tag().equals("VBG") ? HIDDEN_PARTICIPLE
                : analysis.token(cue - 1).word().equalsIgnoreCase("who") ? HIDDEN_RELATIVE : HIDDEN_SUBJECT;
    }

    /** Whether a speech verb of the lexicon before {@code cue} governs it (the cue stands inside its words). */
    private static boolean reportedBefore(Analysis analysis, SpeechLexicon lexicon, int cue) {
        for (int x = analysis.head(cue), guard = 0; x >= 0 && guard < 8; x = analysis.head(x), guard++) {
            Analysis.Token h = analysis.token(x);
            if (x < cue && h.tag().startsWith("VB") && lexicon.verb(h.lemma()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule {@value #CONTRACTED_HAS}: a person ("he", "she", "who" or a name) before "'s" and a speech verb's past
     * participle with words of its own after it is the verb's subject, "'s" standing for "has": "She's said she will
     * run", "who's called for a recount", "he's predicted a landslide". The parser takes "'s" for "is" and the
     * subject for a passive one, so no rule read it. Not with an agent ("she's told by aides") nor an infinitive
     * ("he's said to be ill"), which are passives indeed.
     */
    static boolean contractedHas(Analysis analysis, int verb, int subject) {
        if (!analysis.token(verb).tag().matches("VB[ND]") || !"nsubj:pass".equals(analysis.relation(subject))
                || subject > verb || !person(analysis.token(subject))) {
            return false;
        }
        boolean contracted = false;
        boolean after = false;
        for (int c : analysis.children(verb)) {
            String rel = analysis.relation(c);
            String word = analysis.token(c).word();
            if (rel.equals("aux:pass")) {
                contracted |= c == subject + 1 && (word.equals("'s") || word.equals("\u2019s"));
                if (!word.equals("'s") && !word.equals("\u2019s")) {
                    return false; // "he's been told": a passive all the same
                }
            } else if (c > verb && rel.equals("xcomp") && analysis.children(c, "mark").stream()
                    .anyMatch(m -> analysis.token(m).word().equalsIgnoreCase("to"))) {
                return false;
            } else if (c > verb && analysis.children(c, "case").stream()
                    .anyMatch(k -> analysis.token(k).word().equalsIgnoreCase("by"))) {
                return false;
            } else if (c > verb && !rel.equals("punct")) {
                after = true;
            }
        }
        return contracted && after;
    }

    private static boolean person(Analysis.Token t) {
        return t.tag().startsWith("NNP") || Set.of("he", "she", "who").contains(t.word().toLowerCase(java.util.Locale.ROOT));
    }
}
