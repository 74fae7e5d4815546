package org.saidgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "… Musk had told him Putin's demands. They were that …": a sentence that opens with "They were that" spells out the
 * possessed speech noun ending the sentence before, so it is the possessor's. The cue is the noun, so whoever reported
 * the noun relays the content.
 */
final class SpelledOutSieve extends TextSieve {

    private static final Pattern SPELLED_OUT = Pattern.compile("^(?:They|These|Those|It|This)\\s+(?:were|was|are|is)"
            + "\\s+that\\s+");
    private static final Pattern POSSESSED_SPEECH_NOUN = Pattern.compile("^['’]s\\s+(?:[\\p{L}-]+\\s+)?"
            + "([\\p{L}]+)\\s*[.!?]?\\s*$");


    @Override
    TextSieve fresh() {
        return new SpelledOutSieve();
    }

    @Override
    List<Found> read(Draft draft) {
        return spelledOut();
    }


    /**
     * "… Musk had told him Putin's demands. They were that Crimea remain Russian, …": a sentence that opens with
     * "They were that" spells out the possessed speech noun ending the sentence before, so it is the possessor's.
     * The cue is the noun, so whoever reported the noun relays the content.
     */
    private List<Found> spelledOut() {
        List<Found> out = new ArrayList<>();
        List<TextLayout.Range> sentences = layout.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            TextLayout.Range sentence = sentences.get(i);
            if (resolver.insideQuote(sentence.start())) {
                continue;
            }
            Matcher open = SPELLED_OUT.matcher(text.substring(sentence.start(), sentence.end()));
            if (!open.lookingAt()) {
                continue;
            }
            TextLayout.Range previous = sentences.get(i - 1);
            if (layout.paragraphIndex(sentence.start()) - layout.paragraphIndex(previous.start()) > 1) {
                continue;
            }
            Mention owner = null;
            int noun = -1;
            for (Mention m : entities.mentions) {
                if (m.start() < previous.start() || m.end() > previous.end() || !m.canSpeak()
                        || resolver.insideQuote(m.start())) {
                    continue;
                }
                Matcher n = POSSESSED_SPEECH_NOUN.matcher(text.substring(m.end(), previous.end()));
                if (n.matches() && lexicon.speechNouns().contains(n.group(1).toLowerCase(Locale.ROOT))) {
                    owner = m;
                    noun = m.end() + n.start(1);
                }
            }
            if (owner == null) {
                continue;
            }
            String speaker = resolver.resolve(owner, null);
            int start = sentence.start() + open.end();
            int end = clauses.clauseEnd(start, sentence);
            if (speaker == null || end - start < 12) {
                continue;
            }
            Found f = new Found(start, end, false);
            Act act = lexicon.speechNoun(text.substring(noun).split("[^\\p{L}]", 2)[0]);
            f.act = act == null ? Act.STATEMENT : act;
            f.speaker = speaker;
            f.rule = "spelled-out";
            f.confidence = 0.5;
            f.cue = noun;
            f.cueEnd = noun + text.substring(noun).split("[^\\p{L}]", 2)[0].length();
            out.add(f);
        }
        return out;
    }
}
