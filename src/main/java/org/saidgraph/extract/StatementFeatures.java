package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the {@link CandidateFilter} knows of a candidate statement: binary features named as strings ("rule=verb-object",
 * "len=2", "rule=pattern-verb|cuepos=after"). Only the shape of the candidate is described — which sieve made it,
 * its cue word, what kind of words name its speaker, where the cue stands, how long and how quoted the span is, where
 * it sits in its sentence and paragraph, the parts of speech at its edges — never the article's words beyond the
 * cue, so that the trained weights carry no text of the corpus they were learned from.
 */
final class StatementFeatures {

    private StatementFeatures() {
    }

    /** The features of {@code f}, one of {@code all} (the article's statements before filtering). */
    static List<String> of(Draft draft, Found f, List<Found> all) {
        String text = draft.text;
        List<String> out = new ArrayList<>();
        String rule = f.rule == null ? "(unnamed)" : f.rule;
        String cuePos = f.cue < 0 ? "none" : f.cue < f.start ? "before" : f.cue >= f.end ? "after" : "inside";
        String len = lengthBucket(words(text, f.start, f.end));
        String source = sourceKind(draft, f);
        String quoted = quoted(text, f);
        out.add("rule=" + rule);
        out.add("act=" + f.act);
        out.add("cuepos=" + cuePos);
        out.add("len=" + len);
        out.add("source=" + source);
        out.add("quoted=" + quoted);
        out.add("cue=" + cueWord(draft, f));
        out.add("rule=" + rule + "|cuepos=" + cuePos);
        out.add("rule=" + rule + "|len=" + len);
        out.add("rule=" + rule + "|source=" + source);
        out.add("rule=" + rule + "|quoted=" + quoted);
        out.add("conf=" + Math.round(f.confidence * 10));
        LinkedEntity speaker = draft.entities.get(f.speaker);
        out.add("speaker=" + (speaker == null ? "none" : speaker.type + (speaker.named ? "" : "-unnamed")));
        TextLayout.Range sentence = draft.layout.sentenceAt(f.start);
        int para = draft.layout.paragraphIndex(f.start);
        out.add("para=" + (para <= 2 ? String.valueOf(para) : para <= 5 ? "3-5" : "6+"));
        TextLayout.Range paragraph = draft.layout.paragraphAt(f.start);
        if (paragraph != null && sentence != null && sentence.start() == paragraph.start()) {
            out.add("paragraph-first-sentence");
        }
        if (sentence != null) {
            if (blank(text, sentence.start(), f.start)) {
                out.add("sentence-start");
            }
            if (f.end >= sentence.end() || blank(text, f.end, sentence.end())) {
                out.add("sentence-end");
            }
            if (f.end > sentence.end()) {
                out.add("crosses-sentence");
            }
        }
        if (text.substring(f.start, Math.min(f.end, text.length())).indexOf('?') >= 0) {
            out.add("question");
        }
        out.add("first-tag=" + edgeTag(draft, f.start, true));
        out.add("last-tag=" + edgeTag(draft, f.end, false));
        out.add("rule=" + rule + "|first-tag=" + edgeTag(draft, f.start, true));
        if (speechVerbInside(draft, f, all)) {
            out.add("cue-inside");
            out.add("rule=" + rule + "|cue-inside");
        }
        for (Found o : all) {
            if (o != f && o.start <= f.start && o.end >= f.end && (o.start < f.start || o.end > f.end)) {
                out.add("inside-other");
                break;
            }
        }
        if (!f.reportedBy.isEmpty()) {
            out.add("relayed");
        }
        if (f.speaker != null && draft.entities.mentions.stream()
                .anyMatch(m -> f.speaker.equals(m.entity()) && m.start() >= f.start && m.end() <= f.end)) {
            out.add("speaker-named-inside");
        }
        if (f.parts.size() > 1) {
            out.add("parts");
        }
        return out;
    }

    /** True when {@code text} between {@code from} and {@code to} holds no letter or digit. */
    static boolean blank(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    static int words(String text, int start, int end) {
        String s = text.substring(Math.max(0, start), Math.min(end, text.length())).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static String lengthBucket(int words) {
        if (words <= 3) {
            return String.valueOf(words);
        }
        return words <= 5 ? "4-5" : words <= 8 ? "6-8" : words <= 12 ? "9-12" : words <= 20 ? "13-20"
                : words <= 35 ? "21-35" : "36+";
    }

    /** What kind of words name the speaker: a name, a pronoun, a description, a group, or none (a guess). */
    private static String sourceKind(Draft draft, Found f) {
        if (f.sourceStart < 0) {
            return "none";
        }
        for (Mention m : draft.entities.mentions) {
            if (m.start() < f.sourceEnd && m.end() > f.sourceStart) {
                return m.kind().name().toLowerCase(Locale.ROOT);
            }
        }
        return "other";
    }

    private static String quoted(String text, Found f) {
        if (f.verbatim) {
            return "verbatim";
        }
        int marks = 0;
        for (int i = f.start; i < Math.min(f.end, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                marks++;
            }
        }
        return marks == 0 ? "none" : "fragment";
    }

    /** The cue's lemma when the lexicon knows the word, else its lower-cased words (a phrase, "according to"). */
    private static String cueWord(Draft draft, Found f) {
        if (f.cue < 0 || f.cueEnd <= f.cue || f.cueEnd > draft.text.length()) {
            return "none";
        }
        String word = draft.text.substring(f.cue, f.cueEnd).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        SpeechLexicon.Verb verb = draft.lexicon.verbForm(word);
        if (verb != null) {
            return verb.lemma();
        }
        return word.length() > 30 ? word.substring(0, 30) : word;
    }

    /** The part-of-speech tag of the first token of the span ({@code first}) or of its last. */
    private static String edgeTag(Draft draft, int offset, boolean first) {
        Analysis a = draft.analysis;
        if (a.tokens().isEmpty()) {
            return "none";
        }
        int t = a.tokenAt(first ? offset : Math.max(0, offset - 1));
        if (t < 0) {
            return "none";
        }
        // Skip punctuation and quotation marks at the edge.
        int step = first ? 1 : -1;
        while (t >= 0 && t < a.tokens().size() && !Character.isLetterOrDigit(a.token(t).word().isEmpty() ? ' '
                : a.token(t).word().charAt(0))) {
            t += step;
        }
        if (t < 0 || t >= a.tokens().size()) {
            return "none";
        }
        String tag = a.token(t).tag();
        return tag == null ? "none" : tag;
    }

    /** Whether a speech verb other than the candidate's own cue stands inside its span. */
    private static boolean speechVerbInside(Draft draft, Found f, List<Found> all) {
        for (Found o : all) {
            if (o != f && o.cue >= f.start && o.cue < f.end) {
                return true;
            }
        }
        Analysis a = draft.analysis;
        int t = a.tokenAt(f.start);
        for (; t >= 0 && t < a.tokens().size() && a.token(t).start() < f.end; t++) {
            Analysis.Token token = a.token(t);
            if (token.start() != f.cue && token.isVerb() && token.lemma() != null
                    && draft.lexicon.verb(token.lowerLemma()) != null) {
                return true;
            }
        }
        return false;
    }
}
