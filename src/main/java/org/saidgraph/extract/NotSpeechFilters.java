package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named rules that drop a candidate statement the sieves made but that reports no speech: a quoted phrase of the
 * narrator's own sentence, a fronted clause that only says when or why someone spoke, the speaker read as what was
 * said ({@link SpeakerAsContent}), a verb in a sense that says nothing ({@link BareObjectSense}), the hearer read as what was told
 * ({@link AddresseeAsContent}), a phrase with "to" read as what was said ({@link ToPhraseSense}).
 * They run in order after the sieves and quotation sieves; each statement one of them drops is recorded with the
 * filter's name ({@link DroppedStatement}), so that {@code evaluate --verbose} can count what each filter removed and how
 * much of it was, after all, an attribution. Each filter was written from the PolNeAR {@code train} statements that
 * found no gold attribution, and checked on {@code train} and {@code dev} for the true statements it costs.
 */
final class NotSpeechFilters {

    /** One filter: its name (recorded on what it drops) and whether it drops a statement of the draft. */
    interface Filter {
        String name();

        boolean drops(Draft draft, Found f);
    }

    /**
     * A filter that judges quotations, or a statement by the quotations around it: it runs once all of them are
     * attributed, never as a sieve offers a statement.
     */
    interface QuotationFilter extends Filter {
    }

    static final List<Filter> ORDER = List.of(new ScareQuote(), new EditorialNotes(), new PhotoCaptions(), new WorkTitles(), new TitleLeadIns(),
            new QuotedModifiers(), new QuotedSubheads(), new BylineTitles(), new MarkupQuotes(), new FrontedClause(), new FrontedAdverbials(),
            new SpeakerAsContent(), new BareObjectSense(), new OfferedThing(), new AddresseeAsContent(),
            new ToPhraseSense(),
            new NameCues(), new SectionHeadLabels(), new ObjectAfterCue(), new AttributiveParticiple(),
            new DeedByGerund(), new BareDocumentObject(), new DocumentToRecipient(), new VerbSenseFilters.AdjectiveCue(),
            new VerbSenseFilters.SpeakObject(), new VerbSenseFilters.AsClause(), new VerbSenseFilters.MediumPhrase(),
            new VerbSenseFilters.CueParticle(), new VerbSenseFilters.StatesNoun(),
            new VerbSenseFilters.CallName(), new CallSenses.Naming(), new CalledWhom(),
            new VerbSenseFilters.WentOnDeed(), new VerbSenseFilters.WentOnPlace(), new VerbSenseFilters.SaidOfTopic(),
            new VerbSenseFilters.MannerOnly(), new PatternVerbShapes.ColonLeadObject(),
            new PatternVerbShapes.TimeOnly(), new PatternVerbShapes.AddToTally(),
            new PatternVerbShapes.ElectoralChallenge(), ObjectSenseShapes.objectThenCircumstance(),
            ObjectSenseShapes.addToObject(), new TakenObjects.ClaimedOutcome(), new TakenObjects.WrittenPayment(),
            new TakenObjects.PriceCharged(),
            new AttributionReadings.SpeakerDescription(),
            new AttributionReadings.QuotationOwnCue(), new QuestionClauseCue(), new AnonymityReason(),
            new HypotheticalAct(),
            new SpeakingFramesClause(), new RelativeClauseBefore(), new ParticipleAfterComma());

    /**
     * The filters that judge a reported statement by its cue's reading alone (not a quotation's attribution). They
     * also run as each sieve offers a statement, before it takes its cue ({@link #atCue}): a reading they reject
     * leaves the cue to a later sieve ("By then, Jane Roe wrote in her diary that …" read first as "By then").
     */
    static final List<Filter> SENSES = ORDER.stream().filter(f -> !(f instanceof QuotationFilter)).toList();

    private NotSpeechFilters() {
    }

    /**
     * The statement a sense filter drops as a sieve offers {@code f}, before {@code f} takes its cue, or null when
     * none does. They run again after the span cuts ({@link #apply}), which may leave a statement they judge.
     */
    static DroppedStatement atCue(Draft draft, Found f) {
        for (Filter filter : SENSES) {
            if (filter.drops(draft, f)) {
                return DroppedStatement.of(draft, f, filter.name());
            }
        }
        return null;
    }

    /** Drops from {@code statements} what a filter rejects; returns what was dropped, by which filter, in order. */
    static List<DroppedStatement> apply(Draft draft, List<Found> statements) {
        Map<Found, String> gone = new IdentityHashMap<>();
        for (Found f : statements) {
            for (Filter filter : ORDER) {
                if (filter.drops(draft, f)) {
                    gone.put(f, filter.name());
                    break;
                }
            }
        }
        List<DroppedStatement> out = new ArrayList<>();
        for (Found f : statements) {
            String by = gone.get(f);
            if (by != null) {
                out.add(DroppedStatement.of(draft, f, by));
            }
        }
        Relations.drop(statements, new ArrayList<>(gone.keySet()));
        return out;
    }

    /**
     * Rule {@code scare-quote}: a short noun phrase in quotation marks inside the reporter's own sentence, which only
     * a guess attributes (the last speaker, a verb somewhere in the sentence), is a term, a figure, a label or a
     * name the reporter quotes — "the agency counted “more than 300 incidents”", "a new “town square” for the
     * region" — not words of the last speaker. Dropped when it has at most {@value #SHORT} words, narration on both
     * sides of it in its sentence, and no verb, adverb or pronoun (a quoted clause or predicate — “is finished”,
     * “burning the bridges” — is kept: it is often a reported clause's quoted part). On PolNeAR train two in three
     * such quotations found no attribution. A quotation an attribution of its own introduces is never judged here.
     */
    static final class ScareQuote implements QuotationFilter {

        static final int SHORT = 5;
        private static final Set<String> GUESSES = Set.of("quote-last-speaker", "quote-sentence-verb",
                QuoteClauseSubject.RULE);

        @Override
        public String name() {
            return "scare-quote";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            if (!f.verbatim || f.rule == null || !GUESSES.contains(f.rule) || f.parts.size() > 1
                    || StatementFeatures.words(draft.text, f.start, f.end) > SHORT) {
                return false;
            }
            return narrationBefore(draft, f) && narrationAfter(draft, f) && nounPhrase(draft.analysis, f);
        }

        /** Only nouns, adjectives, numbers, determiners, prepositions and conjunctions (a participle before a noun). */
        static boolean nounPhrase(Analysis a, Found f) {
            int first = a.tokenAt(f.start);
            if (first < 0) {
                return false;
            }
            boolean any = false;
            for (int i = first; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
                Analysis.Token t = a.token(i);
                String tag = t.tag() == null ? "" : t.tag();
                if (!letters(t.word(), 0, t.word().length())) {
                    continue;
                }
                any = true;
                boolean adjectival = (tag.equals("VBN") || tag.equals("VBG")) && i + 1 < a.tokens().size()
                        && a.token(i + 1).start() < f.end && (a.token(i + 1).tag().startsWith("NN")
                        || a.token(i + 1).tag().startsWith("JJ"));
                if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("DT")
                        || tag.equals("IN") || tag.equals("CC") || tag.equals("POS") || adjectival)) {
                    return false;
                }
            }
            return any;
        }

        private static boolean narrationBefore(Draft draft, Found f) {
            TextLayout.Range s = draft.layout.sentenceAt(f.start);
            return s != null && letters(draft.text, s.start(), f.start);
        }

        private static boolean narrationAfter(Draft draft, Found f) {
            TextLayout.Range s = draft.layout.sentenceAt(Math.max(f.start, f.end - 1));
            return s != null && letters(draft.text, f.end, s.end());
        }
    }

    /**
     * Rule {@code fronted-clause}: words before a speech verb that the parse hangs on the verb as an adverbial — a
     * subordinate clause or a prepositional phrase fronted before its subject ("When the mill closed in 1990, she
     * said …", "In a letter last spring, the mayor wrote …", "Speaking to reporters on Friday, he argued …") — say
     * when, where or why someone spoke, not what they said. A reported clause before its verb is the verb's
     * complement or stands beside it ("The plan will fail, critics say"), never its adverbial. On PolNeAR train
     * such fronted words found no attribution in most cases; quotations are never judged here. Only words that
     * open as an adverbial does — a preposition or subordinator ("in", "when", "though"), "to", a wh-word or a
     * participle — are judged: the parse also hangs whole reported sentences on the verb as adverbials. A
     * conjunction before them that joins the verb to the sentence before ("But when …") is passed over, and a
     * fronted prepositional phrase may hold a title in quotation marks ("In her memoir, “Title,” she wrote …").
     * Words that open with "according to" always name a source, whatever the parse makes of them.
     */
    static final class FrontedClause implements Filter {

        @Override
        public String name() {
            return "fronted-clause";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            if (f.verbatim || f.quoteOnly || f.cue < f.end) {
                return false;
            }
            Analysis a = draft.analysis;
            int cue = a.tokenAt(f.cue);
            int start = a.tokenAt(f.start);
            if (cue < 0 || start < 0 || !a.parsed(cue)) {
                return false;
            }
            int first = afterConjunction(a, start, f.end, cue);
            // "According to a report seen by this paper, the mayor asked …": the phrase names where the report
            // comes from, whatever the parse hangs it on (it may make "report" the root and the verb its dependent).
            if (accordingTo(a, first, f.end)) {
                return true;
            }
            int head = spanHead(a, first, f);
            // The fronted words may hang on the first of two verbs the subject shares ("While studying, he stayed in
            // Kellby and wrote …"): they are the second's circumstance as much.
            // ... or on the verb whose infinitive the cue is ("Asked whether …, Roe declined to comment").
            boolean onCue = head >= 0 && (a.head(head) == cue
                    || ("conj".equals(a.relation(cue)) || "xcomp".equals(a.relation(cue)))
                    && a.head(cue) == a.head(head));
            // The parse does not always hang a subordinator on its clause as "mark": in "If convicted, he faces …" it
            // may make "If" the head of the fronted words; the word still opens a clause.
            boolean subordinator = "mark".equals(a.relation(first)) || "WRB".equals(a.token(first).tag())
                    || "IN".equals(a.token(first).tag())
                    && CLAUSE_OPENERS.contains(a.token(first).word().toLowerCase(java.util.Locale.ROOT));
            if (!onCue || !opensAdverbial(a, first, f.end, head)
                    || subordinator && mainClauseAfter(a, first, f.end) || gerundSubject(a, first, f.end)) {
                return false;
            }
            String rel = a.relation(head);
            String tag = a.token(head).tag() == null ? "" : a.token(head).tag();
            // The parse leaves some fronted participles ("Speaking to students on Friday, she …", "Asked whether …,
            // she …") and subordinators without their verb ("While studying …") hung loosely on the verb: "dep",
            // "discourse", "mark".
            boolean participle = tag.equals("VBG") || tag.equals("VBN");
            boolean loose = ("dep".equals(rel) || "discourse".equals(rel)) && participle
                    || "mark".equals(rel) && tag.equals("IN");
            if (rel == null || !(rel.equals("advcl") || rel.startsWith("obl") || rel.startsWith("nmod")
                    || rel.equals("advmod") || loose)) {
                return false;
            }
            // A quotation inside a fronted prepositional phrase is a title or a name ("In her book, “Title,”"); one
            // inside a fronted clause may be what was said.
            return !quoted(draft.text, f) || rel.startsWith("obl") || rel.startsWith("nmod");
        }
    }

    /**
     * Rule {@code participle-after-comma}: "testified for three hours, telling jurors that he never saw the money",
     * "responded on Friday, saying the report was false": when the words read after a speech verb open, after a
     * comma, with a speech participle, that participle reports what follows (it makes its own statement, for the same
     * speaker, from the words after it); the first verb said nothing of its own there. Kept, the reading made a
     * second statement of the same words that began with "telling …" or "saying …".
     */
    static final class ParticipleAfterComma implements Filter {

        @Override
        public String name() {
            return "participle-after-comma";
        }

        @Override
        public boolean drops(Draft draft, Found f) {
            int cue = reportedCueBefore(draft, f);
            Analysis a = draft.analysis;
            int first = a.tokenAt(f.start);
            if (cue < 0 || first <= cue + 1 || !a.token(first - 1).word().equals(",")) {
                return false;
            }
            Analysis.Token t = a.token(first);
            return "VBG".equals(t.tag()) && draft.lexicon.verbForm(t.word().toLowerCase(java.util.Locale.ROOT)) != null;
        }
    }

    /**
     * "Since Okafor leads by 2,000 votes, delegates who back her would be defying the voters, Tom Reyes said": after
     * a fronted subordinate clause's comma the words go on with a clause of their own (a finite verb, not opened by a
     * relative, a conjunction or a preposition), so the words before the verb are a whole reported sentence, whatever
     * the parse hangs where.
     */
    private static boolean mainClauseAfter(Analysis a, int first, int end) {
        boolean afterComma = false;
        boolean opened = false;
        for (int i = first; i < a.tokens().size() && a.token(i).start() < end; i++) {
            Analysis.Token t = a.token(i);
            if (t.word().equals(",")) {
                afterComma = true;
                opened = false;
            } else if (afterComma && !opened) {
                opened = true;
                if (t.tag().startsWith("W") || t.tag().equals("CC") || t.tag().equals("IN")) {
                    afterComma = false; // "…, which …", "…, and …", "…, after …": still the fronted clause
                }
            }
            if (afterComma && opened && (t.tag().matches("VB[DZP]|MD")
                    || t.tag().equals("VBN") && !a.children(i, "nsubj").isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that open a clause inside the fronted words: each takes one finite verb for its own clause ("as",
     * "since", "before", "after" are left out: mostly prepositions, "not as simple as radar").
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "what", "who", "whom", "which", "whose", "when",
            "where", "why", "how", "if", "whether", "because", "while", "although", "though", "until", "unless");

    /**
     * "Finding what lies beneath is not as simple as it looks, she said": words that open with a gerund and, with
     * no comma, hold more finite verbs than clauses opened inside them are a sentence whose subject is the gerund's
     * phrase, a reported sentence, however the parse hangs it ("Noting that the plan has failed, she said …" holds
     * one finite verb for its one "that").
     */
    private static boolean gerundSubject(Analysis a, int first, int end) {
        if (!"VBG".equals(a.token(first).tag())) {
            return false;
        }
        int finite = 0;
        int openers = 0;
        for (int i = first; i < a.tokens().size() && a.token(i).start() < end; i++) {
            Analysis.Token t = a.token(i);
            if (t.word().equals(",")) {
                return false;
            }
            String tag = t.tag() == null ? "" : t.tag();
            finite += tag.matches("VB[DZP]|MD") ? 1 : 0;
            openers += CLAUSE_OPENERS.contains(t.word().toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
        }
        return finite > openers;
    }

    /**
     * The first token of the span after a conjunction that opens it and that the parse hangs on the speech verb
     * ("But when the mill closed, she said …": "But" joins her saying to what came before, not to the clause).
     */
    private static boolean accordingTo(Analysis a, int first, int end) {
        return first + 1 < a.tokens().size() && a.token(first + 1).start() < end
                && a.token(first).word().equalsIgnoreCase("according") && a.token(first + 1).word().equals("to");
    }

    private static int afterConjunction(Analysis a, int start, int end, int cue) {
        int i = start;
        while (i < a.tokens().size() && a.token(i).start() < end && a.parsed(i)
                && ("cc".equals(a.relation(i)) || "punct".equals(a.relation(i))) && a.head(i) == cue) {
            i++;
        }
        return i;
    }

    /**
     * The one token of {@code [first, f.end)} whose head lies outside the statement (punctuation aside), or -1 when
     * there are several, none, or a token is unparsed.
     */
    static int spanHead(Analysis a, int first, Found f) {
        int head = -1;
        for (int i = first; i < a.tokens().size() && a.token(i).start() < f.end; i++) {
            if (!a.parsed(i)) {
                return -1;
            }
            int h = a.head(i);
            boolean outside = h < 0 || a.token(h).start() < f.start || a.token(h).start() >= f.end;
            if (outside && !"punct".equals(a.relation(i))) {
                if (head >= 0) {
                    return -1;
                }
                head = i;
            }
        }
        return head;
    }

    /**
     * Whether the first word of the span is a preposition, subordinator, "to", a wh-word or a participle that opens
     * the phrase {@code head} heads (the head itself, or its marker): "Though X, the Y has Z" opens a clause that is
     * not the head's, and is a reported sentence with a fronted clause of its own.
     */
    private static boolean opensAdverbial(Analysis a, int first, int end, int head) {
        for (int i = first; i < a.tokens().size() && a.token(i).start() < end; i++) {
            Analysis.Token t = a.token(i);
            if (letters(t.word(), 0, t.word().length())) {
                String tag = t.tag() == null ? "" : t.tag();
                boolean opener = tag.equals("IN") || tag.equals("TO") || tag.equals("WRB") || tag.equals("VBG");
                // A past participle heading the fronted words is a question or circumstance put to the speaker
                // ("Asked whether the delay would end it, the minister said no"; "Pressed on the cost, she said …").
                boolean participle = tag.equals("VBN") && i == head;
                return participle || opener && (i == head || a.head(i) == head);
            }
        }
        return false;
    }

    /**
     * The token of {@code f}'s cue when {@code f} is a reported statement after its cue, with no quotation mark, and the
     * cue is a parsed verb whose lemma is one of {@code verbs}; otherwise -1.
     */
    static int cueBefore(Draft draft, Found f, Set<String> verbs) {
        if (f.verbatim || f.quoteOnly || f.cue < 0 || f.cue >= f.start || quoted(draft.text, f)) {
            return -1;
        }
        Analysis a = draft.analysis;
        int cue = a.tokenAt(f.cue);
        if (cue < 0 || a.tokenAt(f.start) < 0 || !a.parsed(cue)) {
            return -1;
        }
        String lemma = a.token(cue).lemma() == null ? a.token(cue).word() : a.token(cue).lemma();
        return verbs.contains(lemma.toLowerCase(java.util.Locale.ROOT)) ? cue : -1;
    }

    /** The token of {@code f}'s cue when {@code f} is a reported statement read after its cue, otherwise -1. */
    static int reportedCueBefore(Draft draft, Found f) {
        return f.verbatim || f.quoteOnly || f.cue < 0 || f.cue >= f.start ? -1 : draft.analysis.tokenAt(f.cue);
    }

    /** Whether any letter or digit stands at {@code [from, to)} of the text. */
    static boolean letters(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean quoted(String text, Found f) {
        for (int i = f.start; i < Math.min(f.end, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }
}
