package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that attribute quotations, applied to each quotation in order until one decides ({@link #ORDER}), as
 * CoreNLP's quote attribution applies its sieves: a quotation that goes on from the paragraph before joins it; one that
 * a speech verb introduces is that verb's subject's; one inside a reported clause is part of that statement; a short
 * one (a title, a term, scare quotes) is no statement; then the attribution right after it ("…," she said) or right
 * before it (He said: "…"); then the speaker of the quotation before it, of a speech verb in its sentence, or the last
 * speaker. A quotation that follows another of the same speaker in the same paragraph without an attribution of its
 * own is the same statement ("A," she said. "B."), as news reads it.
 */
final class QuoteSieves {

    private static final Pattern LEADING_DETERMINER = Pattern.compile("\\s*(?:(?:his|her|their|its|the|a|an)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_VERB_BEFORE_QUOTE = Pattern.compile("(?:\\s+(?:in response|in reply|back|again"
            + "|on Twitter|on Telegram|in a (?:tweet|post|statement|video|message)|to reporters|to journalists"
            + "|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))*\\s*[:,]?\\s*");

    /** What a rule decides about a quotation: it is said by someone, it goes on the statement before, or it is none. */
    record Decision(Kind kind, Found statement) {
        enum Kind { SPEAKS, JOINS, DROPS }

        static Decision speaks(Found f) {
            return new Decision(Kind.SPEAKS, f);
        }

        static final Decision JOINS = new Decision(Kind.JOINS, null);
        static final Decision DROPS = new Decision(Kind.DROPS, null);
    }

    /** One quotation being attributed: the article, the quotation, the quotation statement before it, those made. */
    record Context(Draft draft, Quote quote, Found previous, List<Found> made) {
        String text() {
            return draft.text;
        }

        /** The speaker of the last statement, reported or quoted, before this quotation. */
        String lastSpeaker() {
            Found last = null;
            for (List<Found> list : List.of(draft.statements, made)) {
                for (Found f : list) {
                    if (!f.quoteOnly && f.start < quote.open() && f.speaker != null
                            && (last == null || f.start > last.start)) {
                        last = f;
                    }
                }
            }
            return last == null ? null : last.speaker;
        }

        Found statement(String rule) {
            Found f = new Found(quote.start(), quote.end(), true);
            f.rule = rule;
            return f;
        }

        /**
         * The quotation as a plain statement of {@code speaker}, named at {@code [sourceStart, sourceEnd)} of the
         * text: the shape of every sieve that finds the speaker's name by the quotation rather than a speech verb.
         */
        Found statementBy(String rule, String speaker, int sourceStart, int sourceEnd, double confidence) {
            Found f = statement(rule);
            f.speaker = speaker;
            f.sourceStart = sourceStart;
            f.sourceEnd = sourceEnd;
            f.act = Act.STATEMENT;
            f.confidence = confidence;
            return f;
        }

        /** The quotation as a statement of the speaker, cue, source and act of {@code attribution}. */
        Found statementOf(String rule, Found attribution) {
            Found f = statement(rule);
            f.speaker = attribution.speaker;
            f.reportedBy.addAll(attribution.reportedBy);
            f.cue(attribution.cue, attribution.cueEnd);
            f.sourceStart = attribution.sourceStart;
            f.sourceEnd = attribution.sourceEnd;
            f.act = attribution.act;
            f.confidence = attribution.confidence;
            return f;
        }
    }

    interface QuoteSieve {
        /** The decision on the quotation, or null to leave it to the next rule. */
        Decision decide(Context c);
    }

    static final List<QuoteSieve> ORDER = List.of(new Continued(), new DisplayedWords(), new FromCue(), new QuotationAfterItsCue(),
            new InClause(), new Term(),
            new AttributionAfter(), new ParsedAttributionAfter(), new DocumentAfterQuote(), new AttributionBefore(),
            new InvertedLeadIn(),
            new NameColonLeadIn(true), new ColonLeadIn(), new NameAndVerbAfter(),
            new SignedAfter(), new SignedBelow(), new SignedLine(), new CarryOver(), new SentenceCue(), new QuoteSentenceSubject(),
            new DisplayedWords.Unheld(), new AttributionAfterAnyVerb(), new NameColonLeadIn(),
            new AsNamePutIt(), new QuoteClauseSubject(),
            new LastSpeaker());

    private QuoteSieves() {
    }

    /** Attributes every quotation of the draft, adding the quotation statements to it. */
    static void attribute(Draft draft) {
        Found previous = null;
        List<Found> made = new ArrayList<>();
        for (Quote q : draft.quotes) {
            if (q.nested()) {
                continue;
            }
            Context c = new Context(draft, q, previous, made);
            for (QuoteSieve sieve : ORDER) {
                Decision d = sieve.decide(c);
                if (d == null) {
                    continue;
                }
                if (d.kind() == Decision.Kind.JOINS) {
                    join(previous, q);
                } else if (d.kind() == Decision.Kind.SPEAKS) {
                    Found f = d.statement();
                    if (f.act == null || f.act == Act.STATEMENT) {
                        f.act = draft.text.substring(q.start(), q.end()).strip().endsWith("?") ? Act.QUESTION
                                : f.act == null ? Act.STATEMENT : f.act;
                    }
                    // A fragment of a clause a speech verb reports is a statement with that clause (issue 10, point
                    // 2); a second fragment of a clause already made is part of it.
                    Found widened = FragmentClauses.widen(draft, q, f);
                    Found depicted = widened != null ? widened : QuotedDepictionClauses.widen(draft, q, f);
                    Found clause = depicted != null ? depicted : QuotedObjectFragments.widen(draft, q, f);
                    if (clause != null && made.stream().noneMatch(m -> m.verbatim && m.start < clause.end
                            && clause.start < m.end)) {
                        if (made.stream().noneMatch(m -> !m.verbatim && m.start <= q.open() && q.end() <= m.end)) {
                            made.add(clause);
                        }
                        break;
                    }
                    if (previous != null && (sameStatement(draft.layout, previous, f, q)
                            && !keptApart(draft, previous, f, q)
                            || ParagraphQuoteContinued.continues(draft, previous, f, q))) {
                        join(previous, q);
                    } else {
                        f.parts.add(new int[]{q.start(), q.end()});
                        made.add(f);
                        previous = f;
                    }
                }
                break;
            }
        }
        draft.statements.addAll(made);
    }

    /**
     * The next quotation of the same paragraph is the same statement when it has no attribution of its own, or the
     * one between them: "A," she said, "B." and "A," she said. "B." are one statement.
     */
    private static boolean sameStatement(TextLayout layout, Found previous, Found f, Quote q) {
        int[] last = previous.parts.get(previous.parts.size() - 1);
        if (layout.paragraphIndex(last[0]) != layout.paragraphIndex(q.open()) || f.speaker == null
                || !f.speaker.equals(previous.speaker)) {
            return false;
        }
        // A cue of its own after the quotation ("“B,” she added") or between the two ("“A.” To which she said, “B.”")
        // is a new act of speech, even when it resolves to the same speaker.
        boolean ownCue = f.cue >= 0 && f.cue != previous.cue && (f.cue > q.start() || f.cue > last[1]);
        return !ownCue;
    }

    /**
     * Whether a rule of {@link QuotationsApart} keeps this quotation apart from the statement before it though they
     * share a speaker; the rule's name is recorded on the new statement.
     */
    private static boolean keptApart(Draft draft, Found previous, Found f, Quote q) {
        String rule = QuotationsApart.rule(draft, previous.parts.get(previous.parts.size() - 1)[1], q);
        f.keptApartBy = rule;
        return rule != null;
    }

    private static void join(Found statement, Quote q) {
        statement.parts.add(new int[]{q.start(), q.end()});
        statement.end = Math.max(statement.end, q.end());
    }

    /** A quotation left open at the end of its paragraph goes on where the next paragraph opens one. */
    static final class Continued implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            if (c.previous() == null) {
                return null;
            }
            TextLayout layout = c.draft().layout;
            String text = c.text();
            int[] last = c.previous().parts.get(c.previous().parts.size() - 1);
            int lastParagraph = layout.paragraphIndex(last[0]);
            TextLayout.Range paragraph = layout.paragraphs().get(lastParagraph);
            boolean unclosed = last[1] >= paragraph.end() - 1 && !Quotes.isMark(text.charAt(Math.min(text.length() - 1,
                    Math.max(last[1], paragraph.end() - 1))));
            boolean next = layout.paragraphIndex(c.quote().open()) == lastParagraph + 1
                    && layout.paragraphs().get(lastParagraph + 1).start() == c.quote().open();
            // A transcript's next paragraph opens with its own speaker's label ("“ROE: …"): a new statement, even
            // when the label names nobody the article names in full.
            boolean labelled = c.draft().statements.stream().anyMatch(a -> a.quoteOnly
                    && a.start == c.quote().start() && "speaker-label".equals(a.rule))
                    || SpeakerLabelSieve.opensWithLabel(text.substring(c.quote().open(),
                    layout.paragraphAt(c.quote().open()).end()));
            return unclosed && next && !labelled && sameKindOfMark(c.draft(), last[0], c.quote()) ? Decision.JOINS
                    : null;
        }

        /**
         * News reopens a quotation continued into the next paragraph with the same kind of mark. A paragraph opened
         * by a straight mark it never closes, followed by one opened by a curly mark, is a block quotation of
         * another text (each of its paragraphs marked so, its own quotations curly), not a quotation going on: a
         * paragraph opening with a straight mark, Roe thought it outrageous. She was calm. — then “It never crossed
         * my mind,” she said.
         */
        private static boolean sameKindOfMark(Draft d, int previousStart, Quote q) {
            for (Quote p : d.quotes) {
                if (p.start() == previousStart && p.open() < previousStart) {
                    return straight(d.text.charAt(p.open())) == straight(d.text.charAt(q.open()));
                }
            }
            return true;
        }

        private static boolean straight(char c) {
            return c == '"' || c == '\'';
        }
    }

    /** A speech verb whose reported words are this quotation: "He said: “…”", "“…,” she said" (read from the parse). */
    static final class FromCue implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            Draft d = c.draft();
            Found direct = d.statements.stream().filter(a -> a.quoteOnly && a.start == c.quote().start()).findFirst()
                    .orElse(null);
            if (direct == null) {
                return null;
            }
            Found f = c.statementOf(direct.rule, direct);
            f.confidence = direct.confidence + 0.1;
            // A quotation introduced inside someone's reported clause is relayed by that someone.
            Found outer = null;
            for (Found s : d.statements) {
                if (!s.verbatim && !s.quoteOnly && s.start <= direct.cue && direct.cue < s.end
                        && (outer == null || s.start >= outer.start)) {
                    outer = s;
                }
            }
            if (outer != null) {
                if (!outer.speaker.equals(f.speaker) && !f.reportedBy.contains(outer.speaker)) {
                    f.reportedBy.add(outer.speaker);
                }
                for (String r : outer.reportedBy) {
                    if (!r.equals(f.speaker) && !f.reportedBy.contains(r)) {
                        f.reportedBy.add(r);
                    }
                }
            }
            return Decision.speaks(f);
        }
    }

    /** Quoted words inside a reported clause are part of that one statement: "the mayor was “tired,” she said". */
    static final class InClause implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            Quote q = c.quote();
            for (Found f : c.draft().statements) {
                if (!f.verbatim && !f.quoteOnly && f.start < q.open() && q.end() <= f.end + 1) {
                    return Decision.DROPS;
                }
            }
            return null;
        }
    }

    /**
     * Fewer than three words in quotation marks, with no verb introducing them: a title, a term, scare quotes; not
     * the first piece of a quotation its attribution splits ({@link ShortQuoteOpening}), nor a sentence of its own
     * ({@link ShortSentenceQuote}).
     */
    static final class Term implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            String t = c.text().substring(c.quote().start(), c.quote().end()).strip();
            return t.isEmpty() || t.split("\\s+").length < 3 && !ShortQuoteOpening.opensSplitQuotation(c.draft(),
                    c.quote()) && !ShortSentenceQuote.wholeSentence(c.draft(), c.quote()) ? Decision.DROPS : null;
        }
    }

    /** "…,” Zelenskyy said. / …,” said the president. / …,” he said. / …," according to Anna Lysenko. */
    static final class AttributionAfter implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            Draft d = c.draft();
            String text = c.text();
            Quote q = c.quote();
            int from = q.after();
            TextLayout.Range paragraph = d.layout.paragraphAt(q.start());
            if (from >= paragraph.end()) {
                return null;
            }
            if (QuoteSentenceSubject.endsSentence(text, q)) {
                return null; // "…,” Roe said" attributes; "… in May.” Roe said later" begins the next sentence
            }
            int limit = Math.min(paragraph.end(), Math.max(d.layout.sentenceAt(from).end(), from + 1));
            int nextMark = from;
            while (nextMark < limit && !isDoubleMark(text.charAt(nextMark))) {
                nextMark++;
            }
            String after = text.substring(from, nextMark);
            Matcher lead = Pattern.compile("^[\\s,.;:!?—–-]*").matcher(after);
            int p = from + (lead.find() ? lead.end() : 0);
            Found f = c.statement("quote-after");
            if (text.startsWith("according to ", p)) {
                Mention source = d.resolver.subjectAfter(p + "according to".length());
                String speaker = source == null ? null : d.resolver.resolve(source, c.lastSpeaker());
                if (speaker != null) {
                    f.speaker = speaker;
                    f.cue(p, p + "according to".length());
                    f.act = Act.STATEMENT;
                    f.confidence = 0.8;
                    return Decision.speaks(f);
                }
            }
            Matcher v = d.clauses.verbs(text.substring(p, nextMark));
            if (!v.find()) {
                return null;
            }
            int verbStart = p + v.start();
            int verbEnd = p + v.end();
            Mention subject = null;
            if (v.start() == 0) {
                subject = d.resolver.subjectAfter(verbEnd);
            } else {
                Mention s = d.resolver.subjectBefore(verbStart, from);
                if (s != null && s.titleStart() >= p && LEADING_DETERMINER.matcher(text.substring(p, s.titleStart()))
                        .matches()) {
                    subject = s;
                }
            }
            return assign(d, f, subject, verbStart, verbEnd, c.lastSpeaker(), 0.9, 0.8);
        }
    }

    /** He tweeted: “…” / The minister replied, "…" / …," Sokolov said, "…" / "Zelenskyy said:" ending a paragraph. */
    static final class AttributionBefore implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            Draft d = c.draft();
            String text = c.text();
            Quote q = c.quote();
            TextLayout.Range sentence = d.layout.sentenceAt(q.open());
            int from = sentence.start();
            for (Quote o : d.quotes) {
                if (!o.nested() && o.after() <= q.open() && o.after() > from) {
                    from = o.after();
                }
            }
            if (from >= q.open() || text.substring(from, q.open()).isBlank()) {
                int paragraph = d.layout.paragraphIndex(q.open());
                if (paragraph == 0 || d.layout.paragraphs().get(paragraph).start() != q.open()) {
                    return null;
                }
                TextLayout.Range previous = d.layout.paragraphs().get(paragraph - 1);
                if (text.charAt(previous.end() - 1) != ':') {
                    return null;
                }
                sentence = d.layout.sentenceAt(previous.end() - 1);
                from = sentence.start();
                return attributeFrom(c, text.substring(from, previous.end()), from, sentence, false);
            }
            return attributeFrom(c, text.substring(from, q.open()), from, sentence, from > sentence.start());
        }

        private Decision attributeFrom(Context c, String before, int from, TextLayout.Range sentence, boolean split) {
            Draft d = c.draft();
            Matcher v = d.clauses.verbs(before);
            int verbStart = -1;
            int verbEnd = -1;
            while (v.find()) {
                if (AFTER_VERB_BEFORE_QUOTE.matcher(before.substring(v.end())).matches()) {
                    verbStart = from + v.start();
                    verbEnd = from + v.end();
                }
            }
            if (verbStart < 0) {
                return null;
            }
            Mention subject = d.resolver.subjectBefore(verbStart, from);
            if (subject == null) {
                subject = d.resolver.sentenceSubject(sentence, verbStart);
            }
            Found f = c.statement("quote-before");
            Decision decision = assign(d, f, subject, verbStart, verbEnd, c.lastSpeaker(), 0.85, 0.75);
            // Rule split-quote-pronoun: “…,” he said, “…” — the second piece's "he" is resolved as the first's was.
            String same = split && subject != null && subject.start() >= from ? SplitQuotePronoun.speaker(d, subject)
                    : null;
            if (decision != null && same != null) {
                f.speaker = same;
            }
            return decision;
        }
    }

    /**
     * A quotation that a sentence ending in a colon introduces, whatever its verb: "As the mayor put it: “…”", "Jane
     * Roe agreed: “…”", "The minister released this statement:" closing the paragraph before. The speaker is the
     * subject of the lead-in's main verb in the parse. On PolNeAR train, such quotations otherwise fell to the last
     * speaker, who was wrong two times in three.
     */
    static final class ColonLeadIn implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            Draft d = c.draft();
            String text = c.text();
            int open = c.quote().open();
            int colon = open - 1;
            while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
                colon--;
            }
            if (colon < 0 || text.charAt(colon) != ':' || d.resolver.insideQuote(colon)) {
                return null;
            }
            int token = d.analysis.tokenAt(colon);
            if (token < 0 || !d.analysis.parsed(token)) {
                return null;
            }
            Analysis.Sentence sentence = d.analysis.sentences().get(d.analysis.sentenceOf(token));
            // The lead-in's main verb: the sentence's root, or a verb the parse hung on the quotation ("As Jane Roe
            // put it: …" can make "put" a clause of the quoted sentence), with its subject before it.
            int root = -1;
            List<Integer> subjects = List.of();
            for (int i = sentence.first(); i < token && root < 0; i++) {
                int head = d.analysis.head(i);
                List<Integer> own = d.analysis.children(i, "nsubj");
                if (d.analysis.token(i).isVerb() && (head == Analysis.ROOT || head > token) && !own.isEmpty()
                        && own.get(0) < i) {
                    root = i;
                    subjects = own;
                }
            }
            if (root < 0) {
                return null;
            }
            Sources.Source source = d.sources.of(subjects.get(0), root);
            if (source == null || source.speaker() == null) {
                return null;
            }
            Found f = c.statement("quote-colon-lead-in");
            f.speaker = source.speaker();
            f.cue(d.analysis.token(root).start(), d.analysis.token(root).end());
            f.sourceStart = source.start();
            f.sourceEnd = source.end();
            f.act = d.clauses.actOf(d.analysis.token(root).word());
            f.confidence = Math.min(0.8, source.confidence());
            return Decision.speaks(f);
        }
    }

    /**
     * "“…,” Jane Roe scoffed." / "“…,” scoffed Jane Roe.": a named speaker and a verb in the past or present right
     * after the quotation, closing the sentence, attribute it even when the verb is not in the speech lexicon
     * (scoffed, barked, quipped): news uses the shape for nothing else.
     */
    static final class NameAndVerbAfter implements QuoteSieve {
        // An article and one adjective may stand before the name: "“…,” an angry Jane Roe shot back."
        private static final Pattern NAME_VERB = Pattern.compile("^[\\s,]*(?:(?:an?|the)\\s+\\p{Ll}+\\s+)?"
                + "(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})"
                + "\\s+(\\p{Ll}+(?:ed|s))\\s*[.,]");
        private static final Pattern VERB_NAME = Pattern.compile("^[\\s,]*(\\p{Ll}+(?:ed|s))\\s+(\\p{Lu}[\\p{L}.'’-]*"
                + "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s*[.,]");

        @Override
        public Decision decide(Context c) {
            Draft d = c.draft();
            String text = c.text();
            // A quotation left open at the end of the text has nothing after it (its "after" lies past the end).
            int from = Math.min(c.quote().after(), text.length());
            String after = text.substring(from, Math.min(text.length(), from + 80));
            Matcher m = NAME_VERB.matcher(after);
            int nameStart;
            int verbStart;
            int verbEnd;
            // The name and verb are in the quotation's paragraph ("”¶Roe’s comments, …" begins another one).
            if (text.substring(from, Math.min(text.length(), from + 3)).contains("\n")) {
                return null;
            }
            if (m.lookingAt() && !m.group(1).matches(".*['’]s")) {
                nameStart = from + m.start(1);
                verbStart = from + m.start(2);
                verbEnd = from + m.end(2);
            } else if ((m = VERB_NAME.matcher(after)).lookingAt()) {
                nameStart = from + m.start(2);
                verbStart = from + m.start(1);
                verbEnd = from + m.end(1);
            } else {
                return null;
            }
            Mention name = nameAt(d, nameStart);
            if (name == null) {
                return null;
            }
            return assign(d, c.statement("quote-name-verb-after"), name, verbStart, verbEnd, c.lastSpeaker(), 0.75,
                    0.7);
        }
    }

    /**
     * A roundup's signature: a paragraph that is a quotation and then a dash and a name, "“…” ― Jane Roe" (a
     * horizontal bar or an em dash; rule {@code quote-signed}). The quotation must open its paragraph and the name
     * close it (a few words may follow the name after a comma: "― Jane Roe, 32, Ohio"), so that a byline after a
     * reporter's sentence ("… the vote."—Jane Roe) is never read as one.
     */
    static final class SignedAfter implements QuoteSieve {
        private static final Pattern SIGNATURE = Pattern.compile("^[\\s\\h.,]*[―—][\\s\\h]*");
        static final Pattern SIGNED_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:[ \\h]+\\p{Lu}[\\p{L}.'’-]*){1,3}");

        @Override
        public Decision decide(Context c) {
            Draft d = c.draft();
            String text = c.text();
            Quote q = c.quote();
            TextLayout.Range paragraph = d.layout.paragraphAt(q.start());
            int from = Math.min(q.after(), paragraph.end());
            if (paragraph.start() != q.open() || from >= paragraph.end()) {
                return null;
            }
            Matcher m = SIGNATURE.matcher(text.substring(from, paragraph.end()));
            if (!m.lookingAt()) {
                return null;
            }
            int nameStart = from + m.end();
            Mention name = nameAt(d, nameStart);
            Found f = c.statement("quote-signed");
            int nameEnd;
            if (name != null) {
                nameEnd = name.end();
                f.speaker = d.resolver.resolve(name, c.lastSpeaker());
            } else {
                // A signature whose name the tagger does not find ("― Ana Okafor" with an unusual name) is still
                // a name: two to four capitalized words, and nothing but the signature's tail after them.
                Matcher words = SIGNED_NAME.matcher(text.substring(nameStart, paragraph.end()));
                if (!words.lookingAt()) {
                    return null;
                }
                nameEnd = nameStart + words.end();
                f.speaker = d.resolver.named(words.group());
            }
            // A signature may end in a no-break space (matched by \h, not by \s).
            if (f.speaker == null || !text.substring(nameEnd, paragraph.end()).matches("[\\s\\h]*(?:[.,;].{0,60})?[\\s\\h]*")) {
                return null;
            }
            f.sourceStart = nameStart;
            f.sourceEnd = nameEnd;
            f.act = Act.STATEMENT;
            f.confidence = 0.8;
            return Decision.speaks(f);
        }
    }

    /** The speaker of the quotation before, in the same paragraph or the paragraph before this one opens. */
    static final class CarryOver implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            Found previous = c.previous();
            if (previous == null || previous.speaker == null || DisplayedWords.displayed(c)) {
                return null;
            }
            TextLayout layout = c.draft().layout;
            int paragraph = layout.paragraphIndex(c.quote().start());
            int prevParagraph = layout.paragraphIndex(previous.start);
            boolean startsParagraph = layout.paragraphs().get(paragraph).start() == c.quote().open();
            if (prevParagraph != paragraph && !(prevParagraph == paragraph - 1 && startsParagraph)) {
                return null;
            }
            Found f = c.statement("quote-carry-over");
            f.speaker = previous.speaker;
            f.reportedBy.addAll(previous.reportedBy);
            f.cue(previous.cue, previous.cueEnd);
            f.act = previous.act;
            f.confidence = 0.7;
            return Decision.speaks(f);
        }
    }

    /**
     * The speaker of a reported statement whose verb is in the quotation's sentence. A verb that introduces another
     * quotation of the sentence ("“A,” Roe sings to the crowd before asking, “B?”") gives its speaker but is no cue of
     * this one: the two quotations are two acts of speech, not one statement.
     */
    static final class SentenceCue implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            TextLayout.Range sentence = c.draft().layout.sentenceAt(c.quote().open());
            for (Found s : c.draft().statements) {
                if (s.cue >= sentence.start() && s.cue < sentence.end() && s.speaker != null) {
                    Found f = c.statement("quote-sentence-verb");
                    f.speaker = s.speaker;
                    if (!s.quoteOnly || s.start == c.quote().start()) {
                        f.cue(s.cue, s.cueEnd);
                    }
                    f.confidence = 0.5;
                    return Decision.speaks(f);
                }
            }
            return null;
        }
    }

    /**
     * The last speaker before the quotation: a guess, with little confidence. Not after a label that opens the
     * quotation's paragraph ("The Harbour Gazette, editorial: “…”" in a roundup): the label says who speaks, though
     * it names nobody the article names, and the last speaker is someone else.
     */
    static final class LastSpeaker implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            String speaker = c.lastSpeaker();
            TextLayout.Range paragraph = c.draft().layout.paragraphAt(c.quote().open());
            if (speaker == null || paragraph.start() < c.quote().open() && SpeakerLabelSieve.opensWithLabel(
                    c.text().substring(paragraph.start(), paragraph.end()))) {
                return null;
            }
            String outer = OuterSpeaker.of(c);
            Found f = c.statement(outer == null ? "quote-last-speaker" : "quote-last-outer-speaker");
            f.speaker = outer == null ? speaker : outer;
            f.confidence = 0.3;
            return Decision.speaks(f);
        }
    }

    /**
     * Resolves the subject of an attribution verb to a speaker and records it with the verb as the cue; a named person
     * earns more confidence than a description or pronoun. Null when no speaker can be resolved.
     */
    private static Decision assign(Draft d, Found f, Mention subject, int verbStart, int verbEnd, String lastSpeaker,
                                   double namedConfidence, double otherConfidence) {
        if (subject == null) {
            return null;
        }
        String speaker = d.resolver.resolve(subject, lastSpeaker);
        if (speaker == null && subject.kind() == Mention.Kind.DESCRIPTION) {
            speaker = d.resolver.salientPerson(verbStart);
        }
        if (speaker == null) {
            return null;
        }
        f.speaker = speaker;
        f.cue(verbStart, verbEnd);
        f.sourceStart = subject.start();
        f.sourceEnd = subject.end();
        f.act = d.clauses.actOf(d.text.substring(verbStart, verbEnd));
        f.confidence = subject.kind() == Mention.Kind.PERSON ? namedConfidence : otherConfidence;
        return Decision.speaks(f);
    }

    /** The last person or organization named (after its title, if any) from {@code position}, or null. */
    static Mention nameAt(Draft d, int position) {
        Mention name = null;
        for (Mention x : d.entities.mentions) {
            if ((x.start() == position || x.titleStart() == position)
                    && (x.kind() == Mention.Kind.PERSON || x.kind() == Mention.Kind.ORGANIZATION)) {
                name = x;
            }
        }
        return name;
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || Quotes.isDoubleOpener(c) || Quotes.isDoubleCloser(c);
    }
}
