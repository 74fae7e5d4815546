package org.saidgraph.extract;

import java.util.Locale;
import java.util.Set;

import org.saidgraph.dataset.EntityType;

/**
 * The attribution right after a quotation that the other rules leave unread, whatever its verb and whatever its
 * subject: "“…,” Jane Roe fumed on Tuesday.", "“…,” an angry Roe retaliated.", "“…,” said a longtime ferry pilot who
 * has sailed for two lines.", "“…,” the statement said.", "“…,” the document states." A quotation that opens its
 * sentence and ends in a comma (or a question or exclamation mark) before its closing mark is the object of what
 * follows it: a verb in the past or present within a few words, with its subject before it or right after it. The
 * subject's name, pronoun or description is the speaker (rule {@value #RULE}). Without it such quotations fell to the
 * last speaker named before them ({@code quote-last-speaker}), on PolNeAR train the largest class of its wrong
 * speakers.
 */
final class AttributionAfterAnyVerb implements QuoteSieves.QuoteSieve {

    static final String RULE = "quote-after-any-verb";

    /** Tokens after the closing mark within which the verb must stand. */
    private static final int REACH = 10;

    /** Verbs that link or help rather than report ("“…,” the Republican seems to …"). */
    private static final Set<String> NOT_REPORTING = Set.of("be", "have", "do", "seem", "become", "get", "mean",
            "remain", "appear", "go", "come", "make", "take", "give", "let", "need", "want", "look", "feel");

    /** Words that end the subject phrase after an inverted verb ("said a voter who …", "said an aide from …"). */
    private static final Set<String> PHRASE_ENDS = Set.of("who", "which", "that", "whose", "from", "in", "at", "on",
            "with", "for", "to", "by", "during", "after", "before", "as", "while", "when", "because");

    @Override
    public QuoteSieves.Decision decide(QuoteSieves.Context c) {
        Draft d = c.draft();
        Quote q = c.quote();
        String text = d.text;
        int from = q.after();
        if (from >= text.length() || QuoteSentenceSubject.endsSentence(text, q) || !attributionFollows(text, q)
                || !opensSentence(d, q.open())) {
            return null;
        }
        int p = from;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00a0' || text.charAt(p) == ',')) {
            p++;
        }
        TextLayout.Range paragraph = d.layout.paragraphAt(q.start());
        Analysis a = d.analysis;
        int first = a.tokenAt(p);
        if (p >= paragraph.end() || first < 0 || a.token(first).start() != p || !Character.isLetter(text.charAt(p))) {
            return null;
        }
        Analysis.Sentence sentence = a.sentences().get(a.sentenceOf(first));
        int verb = -1;
        for (int i = first; i < sentence.end() && i < first + REACH; i++) {
            Analysis.Token t = a.token(i);
            if (t.start() >= paragraph.end() || isMark(t.word()) || t.word().equals(";")) {
                return null;
            }
            if (t.isVerb()) {
                boolean reporting = (t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP"))
                        && !NOT_REPORTING.contains(t.lowerLemma());
                if (!reporting) {
                    return null;
                }
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        int subjectStart;
        int subjectEnd;
        if (verb == first) {
            int i = verb + 1;
            while (i < sentence.end() && i < verb + 1 + 12 && !ends(a.token(i))) {
                i++;
            }
            if (i == verb + 1) {
                return null;
            }
            subjectStart = a.token(verb + 1).start();
            subjectEnd = a.token(i - 1).end();
        } else {
            int last = verb - 1;
            while (last > first && a.token(last).tag().startsWith("RB")) {
                last--; // "the senator says directly"
            }
            subjectStart = a.token(first).start();
            subjectEnd = a.token(last).end();
        }
        String speaker = speaker(d, c.lastSpeaker(), subjectStart, subjectEnd);
        if (speaker == null) {
            return null;
        }
        Analysis.Token v = a.token(verb);
        Found f = c.statement(RULE);
        f.speaker = speaker;
        f.cue(v.start(), v.end());
        f.sourceStart = subjectStart;
        f.sourceEnd = subjectEnd;
        f.act = d.clauses.actOf(v.word());
        f.confidence = 0.6;
        return QuoteSieves.Decision.speaks(f);
    }

    /** The speaker a subject phrase names: its last name (after a title), a pronoun, or what it describes. */
    private static String speaker(Draft d, String lastSpeaker, int start, int end) {
        // The name that closes the phrase is its head ("the campaign's spokeswoman Jane Roe"; not a place: "Jane Roe
        // of Springfield"); one the tagger missed is read from its capitalized words.
        Analysis a = d.analysis;
        int last = a.tokenAt(end - 1);
        int run = last;
        while (run >= 0 && a.token(run).start() >= start && a.token(run).tag().startsWith("NNP")) {
            run--;
        }
        for (Mention m : d.entities.mentions) {
            if (m.end() == end && m.start() >= start && m.canSpeak() && m.kind() != Mention.Kind.TERRITORY) {
                String s = d.resolver.resolve(m, lastSpeaker);
                if (s != null) {
                    return s;
                }
            }
        }
        if (last >= 0 && last - run >= 2) {
            String s = d.resolver.named(d.text.substring(a.token(run + 1).start(), end));
            if (s != null) {
                return s;
            }
        }
        Mention best = null;
        for (Mention m : d.entities.mentions) {
            if (m.start() < start || m.end() > end || !m.canSpeak()) {
                continue;
            }
            if (d.text.substring(m.end(), Math.min(d.text.length(), m.end() + 2)).matches("['’]s")) {
                continue; // "Roe's aide": the possessor is not the subject
            }
            if (best == null || rank(m) > rank(best) || rank(m) == rank(best) && m.start() > best.start()) {
                best = m;
            }
        }
        if (best != null) {
            String s = d.resolver.resolve(best, lastSpeaker);
            if (s != null) {
                return s;
            }
        }
        String phrase = d.text.substring(start, end).strip()
                .replaceFirst("^(?i:the|a|an|one|another|this|that|his|her|its|their)\\s+", "");
        if (phrase.isEmpty() || phrase.split("\\s+").length > 6 || !phrase.matches("[\\p{L}0-9 .'’-]+")
                || !Character.isLetter(phrase.charAt(phrase.length() - 1))) {
            return null;
        }
        int headToken = d.analysis.tokenAt(end - 1);
        if (headToken < 0 || !d.analysis.token(headToken).isNoun()) {
            return null;
        }
        return d.resolver.described(phrase, EntityType.PERSON);
    }

    private static int rank(Mention m) {
        return switch (m.kind()) {
            case PERSON -> 4;
            case ORGANIZATION, GROUP -> 3;
            case TERRITORY -> 2;
            case DESCRIPTION, PRONOUN -> 1;
            default -> 0;
        };
    }

    /** Whether a token ends the subject phrase after an inverted verb. */
    private static boolean ends(Analysis.Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return t.isVerb() || PHRASE_ENDS.contains(w) || isMark(t.word()) || w.equals(",") || w.equals(".")
                || w.equals(";") || w.equals(":") || t.tag().equals("WDT") || t.tag().equals("WP");
    }

    /** A quotation ending in a comma, question or exclamation mark, inside or right after its closing mark. */
    private static boolean attributionFollows(String text, Quote q) {
        String words = text.substring(q.start(), q.end()).stripTrailing();
        char last = words.isEmpty() ? ' ' : words.charAt(words.length() - 1);
        int after = Math.min(q.after(), text.length());
        return last == ',' || last == '?' || last == '!' || after < text.length() && text.charAt(after) == ',';
    }

    /** Whether the quotation opens its sentence, or follows a lead-in ending in a colon. */
    private static boolean opensSentence(Draft d, int open) {
        TextLayout.Range sentence = d.layout.sentenceAt(open);
        String before = d.text.substring(Math.max(sentence.start(), d.layout.paragraphAt(open).start()), open).strip();
        return before.isEmpty() || before.endsWith(":");
    }

    private static boolean isMark(String w) {
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("“") || w.equals("”") || w.equals("'")
                || w.equals("‘") || w.equals("’");
    }
}
