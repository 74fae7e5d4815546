package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speech nouns: the claim a denial's object names and the claim whose holder a by- or from-phrase names, read from
 * the parse ({@link NominalClaims}: "rejected claims by the union that …", "dismissed his claim that …", "criticism
 * from the union that …"), then, where that gave none, "X's proposal that …", "Putin's demands were …" read from the
 * text (rule {@code speech-noun}).
 */
final class SpeechNounSieve extends TextSieve {

    private static final Pattern SPEECH_NOUN = Pattern.compile("^['’]s\\s+(demands|proposal|plan|position|message"
            + "|words|conditions|offer|claim|warning|view|argument|promise|suggestion)\\s+(?:(were|was|is|are)\\s+)?"
            + "(that\\s+)?");


    @Override
    TextSieve fresh() {
        return new SpeechNounSieve();
    }

    @Override
    List<Found> read(Draft draft) {
        List<Found> found = new ArrayList<>(NominalClaims.find(draft));
        for (Found f : speechNouns(draft.analysis)) {
            if (found.stream().noneMatch(n -> n.cue <= f.cueEnd && f.cue <= n.cueEnd)) {
                found.add(f);
            }
        }
        return found;
    }


    /** "X's proposal that …", "Putin's demands were …": a possessive speech noun reports X's words. */
    private List<Found> speechNouns(Analysis analysis) {
        List<Found> found = new ArrayList<>();
        for (Mention m : entities.mentions) {
            if (!m.canSpeak() || resolver.insideQuote(m.start())) {
                continue;
            }
            TextLayout.Range sentence = layout.sentenceAt(m.start());
            if (m.end() > sentence.end()) {
                continue; // a name the tagger read across a sentence break
            }
            String rest = text.substring(m.end(), sentence.end());
            Matcher n = SPEECH_NOUN.matcher(rest);
            if (!n.lookingAt() || n.end() == n.start(1) + n.group(1).length() + 1 && !rest.contains(" that ")) {
                continue;
            }
            int start = m.end() + n.end();
            int end = clauses.clauseEnd(start, sentence);
            if (end - start < 12 || text.substring(m.end() + n.start(1) + n.group(1).length(), start).isBlank()) {
                continue;
            }
            if (n.group(2) != null && n.group(3) == null && !verbIn(analysis, start, end)) {
                continue; // "the governor's promise was “worth as much as a dry riverbed”": a judgement, not the promise
            }
            String speaker = resolver.resolve(m, null);
            if (speaker == null) {
                continue;
            }
            Found f = new Found(start, end, false);
            Act act = lexicon.speechNoun(n.group(1));
            f.act = act == null ? Act.STATEMENT : act;
            f.speaker = speaker;
            f.rule = "speech-noun";
            f.confidence = 0.55;
            f.cue = m.end();
            f.cueEnd = m.end() + n.end();
            found.add(f);
        }
        return found;
    }

    /** Whether a verb stands between {@code start} and {@code end}: what "X's demands were" names is a clause. */
    private static boolean verbIn(Analysis analysis, int start, int end) {
        int first = analysis.tokenAt(start);
        for (int i = first; i >= 0 && i < analysis.tokens().size() && analysis.token(i).start() < end; i++) {
            String tag = analysis.token(i).tag();
            if (tag.startsWith("VB") || tag.equals("MD")) {
                return true;
            }
        }
        return false;
    }
}
