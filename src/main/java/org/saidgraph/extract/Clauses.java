package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the patterns that read text without a parse share: every form of every speech verb and phrase of the lexicon
 * as one pattern, the act a cue performs, and where a reported clause ends.
 */
final class Clauses {

    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+(?:although|though|while|whereas|even as|even though|according to"
            + "|adding|saying|suggesting|noting|claiming|arguing|warning|insisting)\\b|;\\s"
            // an apposition closing the sentence, the reporter's aside: "… in Lysychansk, one of the last towns …."
            + "|,\\s+one of\\s[^,;\"“”]*$"
            // an absolute construction, the reporter's: "… to the army, with thousands of units being donated"
            + "|,?\\s+with\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,5}?(?:being|having been)\\s");
    private static final Pattern SHORT_SPEECH_CONTENT = Pattern.compile("^(?:(?:the|his|her|their|its|a|an)\\s+"
            + "|[\\p{Lu}][\\p{L}.\\-]*(?:\\s+[\\p{Lu}][\\p{L}.\\-]*)*['’]s\\s+)(?:[\\p{L}-]+\\s+)?([\\p{L}]+)$");

    private final String text;
    private final TextLayout layout;
    private final SpeakerResolver resolver;
    private final SpeechLexicon lexicon;
    private final Pattern verb;

    Clauses(String text, TextLayout layout, SpeakerResolver resolver, SpeechLexicon lexicon) {
        this.text = text;
        this.layout = layout;
        this.resolver = resolver;
        this.lexicon = lexicon;
        this.verb = pattern(lexicon);
    }

    private static final java.util.Map<SpeechLexicon, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every phrase and verb form, longest first, as one case-insensitive pattern (built once per lexicon). */
    private static Pattern pattern(SpeechLexicon lexicon) {
        return PATTERNS.computeIfAbsent(lexicon, l -> {
            List<String> forms = new ArrayList<>(l.phrases());
            forms.addAll(l.verbForms());
            forms.sort((a, b) -> b.length() - a.length());
            StringBuilder alt = new StringBuilder();
            for (String f : forms) {
                if (!alt.isEmpty()) {
                    alt.append('|');
                }
                alt.append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q"));
            }
            return Pattern.compile("\\b(?i:" + alt + ")\\b");
        });
    }

    Matcher verbs(String s) {
        return verb.matcher(s);
    }

    /** The act of a cue: a phrase's ("would not say": refusal), else its verb's, else a plain statement. */
    Act actOf(String cue) {
        String v = cue.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Act phrase = lexicon.phrase(v);
        if (phrase != null) {
            return phrase;
        }
        SpeechLexicon.Verb form = lexicon.verbForm(v);
        return form == null ? Act.STATEMENT : form.act();
    }


    /** "Putin's demands", "the government's position", "their conditions": a noun phrase of speech content. */
    boolean speechContent(String clause) {
        Matcher m = SHORT_SPEECH_CONTENT.matcher(clause);
        return m.matches() && lexicon.speechNouns().contains(m.group(1).toLowerCase(Locale.ROOT));
    }


    int clauseEnd(int start, TextLayout.Range sentence) {
        int end = sentence.end();
        Matcher b = CLAUSE_BREAK.matcher(text.substring(start, end));
        while (b.find()) {
            int at = start + b.start();
            if (!resolver.insideQuote(at)) {
                end = at;
                break;
            }
        }
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ','
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end;
    }
}
