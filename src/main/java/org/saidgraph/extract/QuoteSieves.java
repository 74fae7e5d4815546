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
    }

    interface QuoteSieve {
        /** The decision on the quotation, or null to leave it to the next rule. */
        Decision decide(Context c);
    }

    static final List<QuoteSieve> ORDER = List.of(new Continued(), new FromCue(), new InClause(), new Term(),
            new AttributionAfter(), new AttributionBefore(), new CarryOver(), new SentenceCue(), new LastSpeaker());

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
                    if (previous != null && sameStatement(draft.layout, previous, f, q)) {
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
        boolean ownCue = f.cue >= 0 && f.cue != previous.cue && f.cue > q.start();
        return !ownCue;
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
            // A transcript's next paragraph opens with its own speaker's label ("“ROE: …"): a new statement.
            boolean labelled = c.draft().statements.stream().anyMatch(a -> a.quoteOnly
                    && a.start == c.quote().start() && "speaker-label".equals(a.rule));
            return unclosed && next && !labelled ? Decision.JOINS : null;
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
            Found f = c.statement(direct.rule);
            f.speaker = direct.speaker;
            f.reportedBy.addAll(direct.reportedBy);
            f.cue(direct.cue, direct.cueEnd);
            f.sourceStart = direct.sourceStart;
            f.sourceEnd = direct.sourceEnd;
            f.act = direct.act;
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

    /** Fewer than three words in quotation marks, with no verb introducing them: a title, a term, scare quotes. */
    static final class Term implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            String t = c.text().substring(c.quote().start(), c.quote().end()).strip();
            return t.isEmpty() || t.split("\\s+").length < 3 ? Decision.DROPS : null;
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
                return attributeFrom(c, text.substring(from, previous.end()), from, sentence);
            }
            return attributeFrom(c, text.substring(from, q.open()), from, sentence);
        }

        private Decision attributeFrom(Context c, String before, int from, TextLayout.Range sentence) {
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
            return assign(d, c.statement("quote-before"), subject, verbStart, verbEnd, c.lastSpeaker(), 0.85, 0.75);
        }
    }

    /** The speaker of the quotation before, in the same paragraph or the paragraph before this one opens. */
    static final class CarryOver implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            Found previous = c.previous();
            if (previous == null || previous.speaker == null) {
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

    /** The speaker of a reported statement whose verb is in the quotation's sentence. */
    static final class SentenceCue implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            TextLayout.Range sentence = c.draft().layout.sentenceAt(c.quote().open());
            for (Found s : c.draft().statements) {
                if (s.cue >= sentence.start() && s.cue < sentence.end() && s.speaker != null) {
                    Found f = c.statement("quote-sentence-verb");
                    f.speaker = s.speaker;
                    f.cue(s.cue, s.cueEnd);
                    f.confidence = 0.5;
                    return Decision.speaks(f);
                }
            }
            return null;
        }
    }

    /** The last speaker before the quotation: a guess, with little confidence. */
    static final class LastSpeaker implements QuoteSieve {
        @Override
        public Decision decide(Context c) {
            String speaker = c.lastSpeaker();
            if (speaker == null) {
                return null;
            }
            Found f = c.statement("quote-last-speaker");
            f.speaker = speaker;
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

    private static boolean isDoubleMark(char c) {
        return c == '"' || Quotes.isDoubleOpener(c) || Quotes.isDoubleCloser(c);
    }
}
